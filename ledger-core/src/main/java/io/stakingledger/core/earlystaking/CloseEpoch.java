package io.stakingledger.core.earlystaking;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Closes the next epoch: realizes queued reservations, then adds the epoch's reward to the pool's assets. */
public record CloseEpoch(@TargetAggregateIdentifier String poolId, Instant at, String commandId) implements EarlyStakingCommand {
}
