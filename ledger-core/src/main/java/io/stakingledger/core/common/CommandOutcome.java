package io.stakingledger.core.common;

import java.util.List;

/**
 * What a command did: the events it appended, in order. {@code duplicate} is true when the command's
 * {@code commandId} had already been applied and these are the events of that first application.
 */
public record CommandOutcome(String poolId, String commandId, List<Object> events, boolean duplicate) {
}
