package io.stakingledger.core.pointsboost;

import io.stakingledger.core.common.Decimals;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One account of a points-boost pool as of its latest event: an immutable snapshot replaced by
 * {@link PointsBoostState#apply} whenever one of the account's events (or nothing else) changes it.
 * Values at a later instant come from {@link PointsPosition#at}.
 *
 * @param account              account id
 * @param since                instant of the account's first event (points accrue from here)
 * @param staked               tokens staked (18 decimals)
 * @param basePointsPerDay     points per day from the account's other positions (18 decimals)
 * @param anchorMultiplier     staking multiplier at {@code anchoredAt} (18 decimals)
 * @param anchoredAt           instant from which the multiplier grows (while staked &gt; 0): the last stake,
 *                             or the unstake that emptied the balance (growth then stops)
 * @param pointsSettled        points awarded up to {@code settledAt} (18 decimals, each settlement rounded down)
 * @param settledAt            instant of the account's last event
 * @param priceSecondsAtSettlement the pool's ∫ price dt at {@code settledAt} (USD·seconds, exact)
 */
public record PointsBoostAccount(
        String account,
        Instant since,
        BigDecimal staked,
        BigDecimal basePointsPerDay,
        BigDecimal anchorMultiplier,
        Instant anchoredAt,
        BigDecimal pointsSettled,
        Instant settledAt,
        BigDecimal priceSecondsAtSettlement) implements Serializable {

    /** An account seen for the first time at {@code at}: nothing staked, no base points, nothing accrued. */
    public static PointsBoostAccount opened(String account, Instant at, BigDecimal priceSecondsAt) {
        return new PointsBoostAccount(account, at, Decimals.ZERO, Decimals.ZERO, Decimals.ZERO, at, Decimals.ZERO, at,
                priceSecondsAt);
    }

    /** True while tokens are staked, i.e. while the multiplier grows. */
    public boolean hasStake() {
        return staked.signum() > 0;
    }

    PointsBoostAccount settled(BigDecimal points, Instant at, BigDecimal priceSecondsAt) {
        return new PointsBoostAccount(account, since, staked, basePointsPerDay, anchorMultiplier, anchoredAt, points, at,
                priceSecondsAt);
    }

    PointsBoostAccount withStake(BigDecimal newStaked) {
        return new PointsBoostAccount(account, since, newStaked, basePointsPerDay, anchorMultiplier, anchoredAt,
                pointsSettled, settledAt, priceSecondsAtSettlement);
    }

    PointsBoostAccount anchored(BigDecimal multiplier, Instant at) {
        return new PointsBoostAccount(account, since, staked, basePointsPerDay, multiplier, at, pointsSettled, settledAt,
                priceSecondsAtSettlement);
    }

    PointsBoostAccount withBasePoints(BigDecimal pointsPerDay) {
        return new PointsBoostAccount(account, since, staked, pointsPerDay, anchorMultiplier, anchoredAt, pointsSettled,
                settledAt, priceSecondsAtSettlement);
    }
}
