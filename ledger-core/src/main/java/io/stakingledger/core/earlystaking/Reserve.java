package io.stakingledger.core.earlystaking;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;
import java.time.Instant;

/** Queues {@code amount} KASH at the back of the reservation queue, to be staked when capacity frees up. */
public record Reserve(@TargetAggregateIdentifier String poolId, String account, BigDecimal amount, Instant at, String commandId) implements EarlyStakingCommand {
}
