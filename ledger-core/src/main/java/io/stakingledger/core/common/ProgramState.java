package io.stakingledger.core.common;

import java.time.Instant;

/**
 * The state of one pool as a fold of its events, shared by the pool's aggregate (to decide) and by the
 * read models (to answer queries). Evolving is deterministic and uses only the event. Serializable with
 * everything it holds, so that the read models can be checkpointed (see the app's {@code ViewCheckpoint}) and the
 * pools snapshotted ({@link PoolSnapshot}), both through {@link StateStreams}.
 */
public interface ProgramState extends java.io.Serializable {

    /**
     * Folds one event of this pool into the state.
     *
     * @throws UnknownEvent when the event is not one of the program's events: nothing is ever skipped
     */
    void evolve(Object event);

    /** The pool's id, once its creation event has been applied. */
    String poolId();

    /** Business time of the latest applied event. */
    Instant lastAt();

    /**
     * The instant a view of this state is evaluated at: {@code at}, or the last event's when it is null.
     * A view looks at the pool as its events left it, at that event or later (what a claim would cost next
     * week); an earlier {@code at} would mix the present state with a past clock. That is the one rule for
     * {@code at} in every program: the app applies it before any view runs, and this guards direct callers
     * of the pure views with the same words.
     *
     * @throws CommandRejected invalid input when {@code at} is earlier than the last event
     */
    default Instant viewedAt(Instant at) {
        if (at == null) {
            return lastAt();
        }
        notBeforeLastEvent(at, lastAt());
        return at;
    }

    /** The rule of {@link #viewedAt}, for a caller that knows only the pool's last event instant. */
    static void notBeforeLastEvent(Instant at, Instant lastEvent) {
        if (at != null && lastEvent != null && at.isBefore(lastEvent)) {
            throw CommandRejected.invalid("at " + at + " is earlier than the pool's last event at " + lastEvent
                    + "; a view is evaluated at the pool's last event or later. To see the pool as it stood then,"
                    + " ask with asOf=" + at);
        }
    }
}
