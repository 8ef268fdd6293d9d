package io.stakingledger.core.pointsboost;

import io.stakingledger.core.common.fields.ActingAccount;
import io.stakingledger.core.common.fields.Doc;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Stakes {@code amount} more tokens (positive, at most 18 decimals) for {@code account}. The account's
 * staking multiplier is diluted by the added share of its new balance (docs/domain/points-boost.md).
 */
public record Stake(@TargetAggregateIdentifier String poolId,
                    @ActingAccount String account,
                    @Doc(value = "tokens staked", example = "1000") BigDecimal amount,
                    Instant at,
                    String commandId) implements PointsBoostCommand {
}
