package io.stakingledger.core.pointsboost;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Stakes {@code amount} more tokens (positive, at most 18 decimals) for {@code account}. The account's
 * staking multiplier is diluted by the added share of its new balance (SPEC.md §2).
 */
public record Stake(@TargetAggregateIdentifier String poolId, String account, BigDecimal amount, Instant at, String commandId) implements PointsBoostCommand {
}
