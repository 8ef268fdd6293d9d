package io.stakingledger.core.pointsboost;

import org.axonframework.serialization.Revision;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * {@code account} staked {@code amount} more tokens, bringing its balance to {@code stakedAfter}.
 * {@code multiplierBefore} is its staking multiplier at {@code at} (rounded down to 18 decimals);
 * {@code multiplierAfter} = multiplierBefore-exact × (1 − amount / stakedAfter), rounded down, and grows
 * from {@code at}. {@code pointsAccrued} is the account's total of awarded points settled at {@code at}
 * under the rates that held before this stake (18 decimals, rounded down).
 */
@Revision("1")
public record Staked(String poolId, String account, BigDecimal amount, BigDecimal stakedAfter,
                     BigDecimal multiplierBefore, BigDecimal multiplierAfter, BigDecimal pointsAccrued,
                     Instant at) implements PointsBoostEvent {
}
