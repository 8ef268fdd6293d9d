package io.stakingledger.core.pointsboost;

import io.stakingledger.core.common.fields.ActingAccount;
import io.stakingledger.core.common.fields.Doc;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Unstakes {@code amount} tokens (positive, at most the account's staked balance). The staking
 * multiplier is left alone; at a zero balance it stops growing.
 */
public record Unstake(@TargetAggregateIdentifier String poolId,
                      @ActingAccount String account,
                      @Doc(value = "tokens unstaked", example = "100") BigDecimal amount,
                      Instant at,
                      String commandId) implements PointsBoostCommand {
}
