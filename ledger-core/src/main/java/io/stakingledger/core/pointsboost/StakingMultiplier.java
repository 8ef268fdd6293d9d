package io.stakingledger.core.pointsboost;

import io.stakingledger.core.common.Decimals;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The staking multiplier m of SPEC.md §2: while staked &gt; 0 it grows by {@code multiplierPerDay} per day
 * (pro rata to the nanosecond) from its anchor, capped at {@code maxMultiplier}; adding stake dilutes
 * it, m ← m × (1 − added / newBalance); unstaking leaves it alone.
 *
 * <p>Because days = seconds / 86,400 does not terminate, the exact value is carried as
 * {@code m × 86,400} ("day-scaled", exact: anchor × 86,400 + rate × seconds) and divided once.
 * Every multiplier that is shown or stored is rounded down to 18 decimals (fewer points, favouring the pool).
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
        return Decimals.divideDown(dayScaledAt(parameters, account, t), BusinessTime.SECONDS_PER_DAY);
    }

    /**
     * The multiplier after staking more at {@code t}: m(t) × (1 − added / stakedAfter) = m(t) × stakedBefore /
     * stakedAfter, computed from the exact m(t) and rounded down once to 18 decimals. A first stake (or a
     * restake after unstaking everything) therefore starts from 0.
     */
    public static BigDecimal dilutedRoundingDown(PointsBoostParameters parameters, PointsBoostAccount account,
                                                 BigDecimal stakedAfter, Instant t) {
        BigDecimal scaled = dayScaledAt(parameters, account, t);
        return Decimals.mulDivDown(scaled, account.staked(), stakedAfter.multiply(BusinessTime.SECONDS_PER_DAY));
    }
}
