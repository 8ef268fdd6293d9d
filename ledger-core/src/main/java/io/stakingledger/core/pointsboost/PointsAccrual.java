package io.stakingledger.core.pointsboost;

import io.stakingledger.core.common.Amount;
import io.stakingledger.core.common.Rounding;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Exact integral of an account's awarded points, ∫ (boostedPointsPerDay + stakingPointsPerDay) dt,
 * between its last settlement and {@code t}. Between two of the account's events its staked balance and
 * base points are constant, so with covered = min(basePointsPerDay, staked × boostCoveragePerToken):
 * <ul>
 *   <li>boosted points integrate covered × (baseBoost + m(τ)); m is linear in τ until it reaches the cap
 *       and flat after, so the integral is split exactly at the instant the cap is reached;</li>
 *   <li>staking points integrate staked × stakingPointsPerUsd × price(τ); the pool's price is piecewise
 *       constant and its running integral ({@link CumulativePrice}) gives the exact area in O(1).</li>
 * </ul>
 *
 * <p>With u = seconds since the multiplier's anchor, r = multiplierPerDay, B = baseBoost, M = maxMultiplier,
 * m₀ = the anchor multiplier and S = 86,400, the boosted area per covered point from the anchor is
 * G(u) / (2·r·S²) with
 * <pre>
 *   G(u) = 2·r·S·(B + m₀)·u + r²·u²              while r·u &lt; (M − m₀)·S   (m still growing)
 *   G(u) = 2·r·S·(B + M)·u − S²·(M − m₀)²          once the cap is reached
 * </pre>
 * (continuous at the cap; with r = 0 the rate is flat: (B + m₀)·u / S). Every term is an exact product
 * of decimals; the only division is the last one, rounded down to 18 decimals (fewer points: favours the
 * pool). No loop over days: the cost is the same at day 1 and at day 10,000.
 */
public final class PointsAccrual {

    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    private PointsAccrual() {
    }

    /**
     * Points awarded from {@code account.settledAt()} to {@code t}, rounded for {@link Rounding#CREDIT} (down);
     * t must not be earlier.
     */
    public static Amount sinceSettlementRoundingDown(PointsBoostParameters p, PointsBoostAccount account,
                                                     CumulativePrice price, Instant t) {
        if (!account.hasStake()) {
            return Amount.ZERO;
        }
        BigDecimal covered = coveredPointsPerDay(p, account);
        BigDecimal staked = account.staked().value();
        BigDecimal priceSeconds = price.priceSecondsAt(t).subtract(account.priceSecondsAtSettlement());
        BigDecimal stakingArea = p.stakingPointsPerUsd().multiply(staked).multiply(priceSeconds);
        BigDecimal u0 = BusinessTime.secondsBetween(account.anchoredAt(), account.settledAt());
        BigDecimal u1 = BusinessTime.secondsBetween(account.anchoredAt(), t);
        BigDecimal r = p.multiplierPerDay();
        BigDecimal s = BusinessTime.SECONDS_PER_DAY;
        if (r.signum() == 0) {
            BigDecimal boost = p.baseBoost().add(account.anchorMultiplier());
            BigDecimal boostedArea = covered.multiply(boost).multiply(u1.subtract(u0));
            return credited(boostedArea.add(stakingArea), s);
        }
        BigDecimal twoRS = r.multiply(s).multiply(TWO);
        BigDecimal boostedArea = covered.multiply(g(p, account.anchorMultiplier(), u1).subtract(g(p, account.anchorMultiplier(), u0)));
        return credited(boostedArea.add(stakingArea.multiply(twoRS)), twoRS.multiply(s));
    }

    /** Points credited to an account: the exact area / {@code divisor}, rounded down to 18 decimals. */
    private static Amount credited(BigDecimal area, BigDecimal divisor) {
        return Amount.of(area.divide(divisor, Amount.SCALE, Rounding.CREDIT.mode()));
    }

    /**
     * Base points per day the stake can boost: min(basePointsPerDay, staked × boostCoveragePerToken), exact. The
     * product can carry 36 decimals, more than an {@link Amount} holds, so it stays a plain decimal until the
     * rates that use it are rounded.
     */
    public static BigDecimal coveredPointsPerDay(PointsBoostParameters p, PointsBoostAccount account) {
        return account.basePointsPerDay().value().min(account.staked().value().multiply(p.boostCoveragePerToken()));
    }

    /** G(u) of the class comment: 2·r·S² times the boosted area per covered point from the anchor. */
    static BigDecimal g(PointsBoostParameters p, BigDecimal anchorMultiplier, BigDecimal u) {
        BigDecimal r = p.multiplierPerDay();
        BigDecimal s = BusinessTime.SECONDS_PER_DAY;
        BigDecimal max = p.maxMultiplier().max(anchorMultiplier);
        BigDecimal headroom = max.subtract(anchorMultiplier);
        BigDecimal twoRS = r.multiply(s).multiply(TWO);
        boolean capped = r.multiply(u).compareTo(headroom.multiply(s)) >= 0;
        if (capped) {
            return twoRS.multiply(p.baseBoost().add(max)).multiply(u)
                    .subtract(s.multiply(s).multiply(headroom).multiply(headroom));
        }
        return twoRS.multiply(p.baseBoost().add(anchorMultiplier)).multiply(u).add(r.multiply(r).multiply(u).multiply(u));
    }
}
