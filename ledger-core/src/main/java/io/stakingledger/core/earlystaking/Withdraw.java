package io.stakingledger.core.earlystaking;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;
import java.time.Instant;

/** Withdraws {@code amount} KASH (or everything when {@code amount} is null), keeping the account's leverage. */
public record Withdraw(@TargetAggregateIdentifier String poolId, String account, BigDecimal amount, Instant at, String commandId) implements EarlyStakingCommand {
}
