package io.stakingledger.core.earlystaking;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Stakes queued reservations in queue order while weighted-share capacity remains. */
public record RealizeReservations(@TargetAggregateIdentifier String poolId, Instant at, String commandId) implements EarlyStakingCommand {
}
