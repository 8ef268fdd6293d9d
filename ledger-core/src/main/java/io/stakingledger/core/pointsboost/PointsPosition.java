package io.stakingledger.core.pointsboost;

import io.stakingledger.core.common.Amount;
import io.stakingledger.core.common.Rounding;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * An account's numbers at one instant (docs/domain/points-boost.md), every value at 18 decimals. Rates are points per day.
 * Computed from the account's {@link Amount}s; kept as plain decimals here because it is what the views answer.
 *
 * @param staked              tokens staked
 * @param stakingMultiplier   m at the instant, rounded down
 * @param totalBoost          baseBoost + stakingMultiplier
 * @param basePointsPerDay    points per day from the account's other positions
 * @param boostedPointsPerDay min(basePointsPerDay, staked × coverage) × (baseBoost + exact m), rounded down
 * @param stakingPointsPerDay staked × price × stakingPointsPerUsd, rounded down (the boost does not apply)
 * @param totalPointsPerDay   base + boosted + staking (sum of the rounded parts)
 * @param pointsAccrued       ∫ (boosted + staking) dt since the account's first event: the settled points
 *                            plus the exact integral since the last settlement, rounded down
 */
public record PointsPosition(
        BigDecimal staked,
        BigDecimal stakingMultiplier,
        BigDecimal totalBoost,
        BigDecimal basePointsPerDay,
        BigDecimal boostedPointsPerDay,
        BigDecimal stakingPointsPerDay,
        BigDecimal totalPointsPerDay,
        BigDecimal pointsAccrued) {

    /**
     * Evaluates {@code account} at {@code t} in O(1): no loop over days or other accounts. {@code t} must not
     * be earlier than the pool's latest event (the price history is only kept as a running integral).
     */
    public static PointsPosition at(PointsBoostParameters p, CumulativePrice price, PointsBoostAccount account, Instant t) {
        BigDecimal s = BusinessTime.SECONDS_PER_DAY;
        BigDecimal dayScaled = StakingMultiplier.dayScaledAt(p, account, t);
        BigDecimal multiplier = StakingMultiplier.fromDayScaled(dayScaled, Rounding.DISPLAY);
        BigDecimal covered = PointsAccrual.coveredPointsPerDay(p, account);
        Amount boosted = Amount.of(covered.multiply(p.baseBoost().multiply(s).add(dayScaled))
                .divide(s, Amount.SCALE, Rounding.CREDIT.mode()));
        Amount staking = Amount.rounded(account.staked().value().multiply(price.price()).multiply(p.stakingPointsPerUsd()),
                Rounding.CREDIT);
        Amount base = account.basePointsPerDay();
        Amount accrued = account.pointsSettled().plus(PointsAccrual.sinceSettlementRoundingDown(p, account, price, t));
        return new PointsPosition(account.staked().value(), multiplier, p.baseBoost().add(multiplier), base.value(),
                boosted.value(), staking.value(), base.plus(boosted).plus(staking).value(), accrued.value());
    }
}
