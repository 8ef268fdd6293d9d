package io.stakingledger.core.governancemining;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The cumulative revenue-per-token accumulator of SPEC.md §3: fees per staked token since the pool
 * began. A sweep raises it once, whatever the number of stakers; an account's reward is its stake
 * times the rise since the account's own start.
 *
 * <p><b>Scale.</b> The accumulator keeps {@link #SCALE} = 36 fractional digits and every rise is
 * rounded down, so the rewards credited for a sweep never exceed what was swept. Stakes are at most
 * 18 fractional digits, so 36 digits leave 18 digits below the smallest stake unit: an account of
 * {@code X} tokens loses less than {@code X × 10^−36} per sweep to this rounding, below the pool's
 * precision unit (10^−12) for any stake under 10^24 tokens. What the rounding holds back is not lost:
 * it stays in the pool's undistributed fees and goes out with the next sweep.
 */
public final class RevenuePerToken {

    /** Fractional digits of the accumulator. */
    public static final int SCALE = 36;

    public static final BigDecimal ZERO = BigDecimal.ZERO.setScale(SCALE);

    private RevenuePerToken() {
    }

    /** The rise of the accumulator when {@code pot} is shared over {@code staked} tokens, rounded down to 36 digits. */
    public static BigDecimal riseRoundingDown(BigDecimal pot, BigDecimal staked) {
        return pot.divide(staked, SCALE, RoundingMode.DOWN);
    }

    /** What {@code stake} earned while the accumulator moved from {@code start} to {@code now}, exactly (no rounding). */
    public static BigDecimal earnedExactly(BigDecimal stake, BigDecimal now, BigDecimal start) {
        return stake.multiply(now.subtract(start));
    }

    /** The same reward rounded down at the pool's precision (scale 18): what is credited to the account. */
    public static BigDecimal earnedRoundingDown(BigDecimal stake, BigDecimal now, BigDecimal start,
                                                GovernanceMiningParameters parameters) {
        return parameters.roundDownToPrecision(earnedExactly(stake, now, start));
    }
}
