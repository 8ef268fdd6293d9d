package io.stakingledger.app.api;

import java.time.Instant;

/**
 * The fields of one command as they arrive in a REST body or a batch line (minus {@code type} and
 * {@code pool}). Turning them into the domain command is the only thing a request does.
 */
public interface CommandRequest {

    /** Business time; null when the caller omitted it. */
    Instant at();

    String commandId();

    /**
     * The account the command acts for; null for a command that names none. A request record with an
     * {@code account} component answers it through its accessor.
     */
    default String account() {
        return null;
    }

    /** The domain command for pool {@code poolId} at business time {@code at} (never null here). */
    Object toCommand(String poolId, Instant at);
}
