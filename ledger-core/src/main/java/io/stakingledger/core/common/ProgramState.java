package io.stakingledger.core.common;

import java.time.Instant;

/**
 * The state of one pool as a fold of its events, shared by the pool's aggregate (to decide) and by the
 * read models (to answer queries). Evolving is deterministic and uses only the event. Serializable with
 * everything it holds, so that the read models can be checkpointed (see the app's {@code ViewCheckpoint}).
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
}
