package io.stakingledger.core.pointsboost;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Sets the points per day {@code account} earns from its other positions (non-negative, at most 18
 * decimals). Allowed for an account that has never staked: its base points show, nothing is boosted.
 */
public record SetBasePoints(@TargetAggregateIdentifier String poolId, String account, BigDecimal pointsPerDay, Instant at, String commandId) implements PointsBoostCommand {
}
