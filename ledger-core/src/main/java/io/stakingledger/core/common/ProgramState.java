package io.stakingledger.core.common;

import java.time.Instant;

/**
 * The state of one pool as a fold of its events, shared by the pool's aggregate (to decide) and by the
 * read models (to answer queries). Applying an event is deterministic and uses only the event.
 */
public interface ProgramState {

    /** Applies one event of this pool; events of other types are ignored. */
    void apply(Object event);

    /** The pool's id, once its creation event has been applied. */
    String poolId();

    /** Business time of the latest applied event. */
    Instant lastAt();
}
