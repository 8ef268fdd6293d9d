package io.stakingledger.core.pointsboost;

import io.stakingledger.core.common.Decimals;
import io.stakingledger.core.common.Rounding;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The staking multiplier m of docs/domain/points-boost.md: while staked &gt; 0 it grows by {@code multiplierPerDay} per day
 * (pro rata to the nanosecond) from its anchor, capped at {@code maxMultiplier}; adding stake dilutes
 * it, m ← m × (1 − added / newBalance); unstaking leaves it alone.
 *
 * <p>Because days = seconds / 86,400 does not terminate, the exact value is carried as
 * {@code m × 86,400} ("day-scaled", exact: anchor × 86,400 + rate × seconds) and divided once.
 * m is a ratio at 18 decimals, neither an {@link io.stakingledger.core.common.Amount} nor a 36-digit
 * {@link io.stakingledger.core.common.Rate}, so it stays a plain decimal. Every multiplier that is stored
 * is rounded for {@link Rounding#CREDIT} (down): it only ever earns the account points, so a lower one
 * favours the pool.
 */
public final class StakingMultiplier {

    private StakingMultiplier() {
    }

    /** m(t) × 86,400, exact: min(max, anchor + rate × days since anchor) while staked, else the frozen anchor. */
    public static BigDecimal dayScaledAt(PointsBoostParameters parameters, PointsBoostAccount account, Instant t) {
        BigDecimal anchor = account.anchorMultiplier().multiply(BusinessTime.SECONDS_PER_DAY);
        if (!account.hasStake()) {
            return anchor;
        }
        BigDecimal grown = anchor.add(parameters.multiplierPerDay()
                .multiply(BusinessTime.secondsBetween(account.anchoredAt(), t)));
        BigDecimal cap = parameters.maxMultiplier().multiply(BusinessTime.SECONDS_PER_DAY);
        return grown.min(cap.max(anchor));
    }

    /** m(t), rounded down to 18 decimals. */
    public static BigDecimal atRoundingDown(PointsBoostParameters parameters, PointsBoostAccount account, Instant t) {
        return fromDayScaled(dayScaledAt(parameters, account, t), Rounding.CREDIT);
    }

    /** m from its day-scaled exact value, at 18 decimals rounded for {@code reason}. */
    static BigDecimal fromDayScaled(BigDecimal dayScaled, Rounding reason) {
        return dayScaled.divide(BusinessTime.SECONDS_PER_DAY, Decimals.SCALE, reason.mode());
    }

    /**
     * The multiplier after staking more at {@code t}: m(t) × (1 − added / stakedAfter) = m(t) × stakedBefore /
     * stakedAfter, computed from the exact m(t) and rounded down once to 18 decimals. A first stake (or a
     * restake after unstaking everything) therefore starts from 0.
     */
    public static BigDecimal dilutedRoundingDown(PointsBoostParameters parameters, PointsBoostAccount account,
                                                 BigDecimal stakedAfter, Instant t) {
        BigDecimal scaled = dayScaledAt(parameters, account, t);
        return scaled.multiply(account.staked().value())
                .divide(stakedAfter.multiply(BusinessTime.SECONDS_PER_DAY), Decimals.SCALE, Rounding.CREDIT.mode());
    }
}
