package io.stakingledger.core.common;

import java.util.List;
import java.util.Optional;

/**
 * The commands a pool has already applied, as the store remembers them: what a repeated {@code commandId} is
 * answered from. The store answers rather than the pool's memory, so a pool restored from a snapshot, or kept
 * in memory for months, holds no record that grows with every command it ever ran.
 */
public interface AppliedCommands {

    /** For a pool with no stored history to ask (tests that build a pool by hand). */
    AppliedCommands NONE = (poolId, commandId) -> Optional.empty();

    /** The first application of {@code commandId} in pool {@code poolId}, if the store holds one. */
    Optional<AppliedCommand> find(String poolId, String commandId);

    /**
     * One applied command: the fingerprint of the command that used the id first (null when it was sent
     * without one) and the events it produced, in order.
     */
    record AppliedCommand(String commandId, String fingerprint, List<Object> events) {

        public AppliedCommand {
            events = List.copyOf(events);
        }
    }
}
