package io.stakingledger.core.earlystaking;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;
import java.time.Instant;

/** Deposits {@code amount} KASH and mints principal shares at the current share price, rounded down. */
public record Stake(@TargetAggregateIdentifier String poolId, String account, BigDecimal amount, Instant at, String commandId) implements EarlyStakingCommand {
}
