package io.stakingledger.core.voteescrow;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Splits {@code amount} KSP among the locked accounts by vKSP share. {@code amount} is optional: when
 * {@code null} the pool's daily staking emission (dailyEmission × stakingShare) is distributed.
 */
public record DistributeRewards(@TargetAggregateIdentifier String poolId, BigDecimal amount, Instant at, String commandId) implements VoteEscrowCommand {
}
