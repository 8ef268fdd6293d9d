package io.stakingledger.core.pointsboost;

import io.stakingledger.core.common.Amount;
import io.stakingledger.core.common.Decimals;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One account of a points-boost pool as of its latest event: an immutable snapshot replaced by
 * {@link PointsBoostState#apply} whenever one of the account's events (or nothing else) changes it.
 * Values at a later instant come from {@link PointsPosition#at}.
 *
 * <p>The transitions take the events' stored decimals and fail ({@link ArithmeticException}) on one with more
 * than 18 fractional digits, which no event of this program carries.
 *
 * @param account              account id
 * @param since                instant of the account's first event (points accrue from here)
 * @param staked               tokens staked
 * @param basePointsPerDay     points per day from the account's other positions
 * @param anchorMultiplier     staking multiplier at {@code anchoredAt} (18 decimals; a ratio, neither amount nor
 *                             accumulator, so a plain decimal)
 * @param anchoredAt           instant from which the multiplier grows (while staked &gt; 0): the last stake,
 *                             or the unstake that emptied the balance (growth then stops)
 * @param pointsSettled        points awarded up to {@code settledAt} (each settlement rounded down)
 * @param settledAt            instant of the account's last event
 * @param priceSecondsAtSettlement the pool's ∫ price dt at {@code settledAt} (USD·seconds, exact, any scale)
 */
public record PointsBoostAccount(
        String account,
        Instant since,
        Amount staked,
        Amount basePointsPerDay,
        BigDecimal anchorMultiplier,
        Instant anchoredAt,
        Amount pointsSettled,
        Instant settledAt,
        BigDecimal priceSecondsAtSettlement) implements Serializable {

    /** An account seen for the first time at {@code at}: nothing staked, no base points, nothing accrued. */
    public static PointsBoostAccount opened(String account, Instant at, BigDecimal priceSecondsAt) {
        return new PointsBoostAccount(account, at, Amount.ZERO, Amount.ZERO, Decimals.ZERO, at, Amount.ZERO, at,
                priceSecondsAt);
    }

    /** True while tokens are staked, i.e. while the multiplier grows. */
    public boolean hasStake() {
        return staked.isPositive();
    }

    PointsBoostAccount settled(BigDecimal points, Instant at, BigDecimal priceSecondsAt) {
        return new PointsBoostAccount(account, since, staked, basePointsPerDay, anchorMultiplier, anchoredAt,
                Amount.of(points), at, priceSecondsAt);
    }

    PointsBoostAccount withStake(BigDecimal newStaked) {
        return new PointsBoostAccount(account, since, Amount.of(newStaked), basePointsPerDay, anchorMultiplier, anchoredAt,
                pointsSettled, settledAt, priceSecondsAtSettlement);
    }

    PointsBoostAccount anchored(BigDecimal multiplier, Instant at) {
        return new PointsBoostAccount(account, since, staked, basePointsPerDay, multiplier, at, pointsSettled, settledAt,
                priceSecondsAtSettlement);
    }

    PointsBoostAccount withBasePoints(BigDecimal pointsPerDay) {
        return new PointsBoostAccount(account, since, staked, Amount.of(pointsPerDay), anchorMultiplier, anchoredAt,
                pointsSettled, settledAt, priceSecondsAtSettlement);
    }
}
