package io.stakingledger.core.earlystaking;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;
import java.time.Instant;

/** Returns {@code amount} (or everything when null) of the account's queued KASH, latest entries first. */
public record CancelReservation(@TargetAggregateIdentifier String poolId, String account, BigDecimal amount, Instant at, String commandId) implements EarlyStakingCommand {
}
