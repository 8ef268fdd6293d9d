package io.stakingledger.core.common;

import java.time.Instant;

/**
 * A command to an existing pool, of any program. Each program seals its own commands under one
 * sub-interface ({@code <Program>Command}); the pool aggregate handles that sub-interface as one Axon
 * command name (see {@link ProgramCommandRouting}).
 */
public interface PoolCommand {

    String poolId();

    /** Business time of the command; never before the pool's latest event. */
    Instant at();

    /** Idempotency key; a repeat answers the first outcome. May be null. */
    String commandId();
}
