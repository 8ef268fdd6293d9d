package io.stakingledger.app.store;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Whether the {@code AppliedCommand} rows of a pool are exactly those its events' metadata name: one per command
 * with a {@code commandId}, with its fingerprint and the sequence numbers of its first and last event. A row
 * missing or changed would let a repeated command be applied again, or answer it with other events.
 *
 * @param inEvents        the commands the events name
 * @param stored          the rows the table holds for the pool
 * @param firstDifference the first command (in the pool's order) whose row is missing, extra or different
 */
public record AppliedCommandsCheck(boolean ok, long inEvents, long stored,
                                   @JsonInclude(JsonInclude.Include.NON_NULL) String firstDifference) {
}
