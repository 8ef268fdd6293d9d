package io.stakingledger.core.pointsboost;

import io.stakingledger.core.common.fields.Doc;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;
import java.time.Instant;

/** Sets the token price in USD for the whole pool from {@code at} on (positive, at most 18 decimals). */
public record SetPrice(@TargetAggregateIdentifier String poolId,
                       @Doc(value = "token price in USD", example = "1.25") BigDecimal price,
                       Instant at,
                       String commandId) implements PointsBoostCommand {
}
