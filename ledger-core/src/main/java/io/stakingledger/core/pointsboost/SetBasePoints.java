package io.stakingledger.core.pointsboost;

import io.stakingledger.core.common.fields.Doc;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Sets the points per day {@code account} earns from its other positions (non-negative, at most 18
 * decimals). Allowed for an account that has never staked: its base points show, nothing is boosted.
 */
public record SetBasePoints(@TargetAggregateIdentifier String poolId,
                            @Doc(value = "the account whose base points are set (an operator input about it)", example = "alice") String account,
                            @Doc(value = "points per day from the account's other positions", example = "120") BigDecimal pointsPerDay,
                            Instant at,
                            String commandId) implements PointsBoostCommand {
}
