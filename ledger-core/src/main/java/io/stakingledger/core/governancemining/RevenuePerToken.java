package io.stakingledger.core.governancemining;

import io.stakingledger.core.common.Amount;
import io.stakingledger.core.common.Rate;
import io.stakingledger.core.common.Rounding;

import java.math.BigDecimal;

/**
 * The cumulative revenue-per-token accumulator of docs/domain/governance-mining.md: fees per staked token since the pool
 * began. A sweep raises it once, whatever the number of stakers; an account's reward is its stake
 * times the rise since the account's own start.
 *
 * <p><b>Scale.</b> The accumulator is a {@link Rate}: {@link #SCALE} = 36 fractional digits, and every
 * rise is rounded for {@link Rounding#SHARE_OUT} (down), so the rewards credited for a sweep never
 * exceed what was swept. Stakes are at most 18 fractional digits, so 36 digits leave 18 digits below
 * the smallest stake unit: an account of {@code X} tokens loses less than {@code X × 10^−36} per sweep
 * to this rounding, below the pool's precision unit (10^−12) for any stake under 10^24 tokens. What the
 * rounding holds back is not lost: it stays in the pool's undistributed fees and goes out with the next
 * sweep. A reward is credited rounded for {@link Rounding#CREDIT} (down) at the pool's precision.
 *
 * <p>The decimal forms ({@code riseRoundingDown}, {@code earnedRoundingDown}) give the same digits for
 * callers that hold plain decimals.
 */
public final class RevenuePerToken {

    /** Fractional digits of the accumulator. */
    public static final int SCALE = Rate.SCALE;

    public static final BigDecimal ZERO = Rate.ZERO.value();

    private RevenuePerToken() {
    }

    /** The rise of the accumulator when {@code pot} (exact, any scale) is shared over {@code staked} tokens. */
    public static Rate rise(BigDecimal pot, Amount staked) {
        return Rate.shareOf(pot, staked.value(), Rounding.SHARE_OUT);
    }

    /** What {@code stake} earned while the accumulator moved from {@code start} to {@code now}, credited at the pool's precision. */
    public static Amount earned(Amount stake, Rate now, Rate start, GovernanceMiningParameters parameters) {
        return parameters.roundToPrecision(now.earnedSince(start, stake), Rounding.CREDIT);
    }

    /** {@link #rise} in decimals: rounded down to 36 digits. */
    public static BigDecimal riseRoundingDown(BigDecimal pot, BigDecimal staked) {
        return rise(pot, Amount.of(staked)).value();
    }

    /** What {@code stake} earned while the accumulator moved from {@code start} to {@code now}, exactly (no rounding). */
    public static BigDecimal earnedExactly(BigDecimal stake, BigDecimal now, BigDecimal start) {
        return stake.multiply(now.subtract(start));
    }

    /** {@link #earned} in decimals: rounded down at the pool's precision, scale 18. */
    public static BigDecimal earnedRoundingDown(BigDecimal stake, BigDecimal now, BigDecimal start,
                                                GovernanceMiningParameters parameters) {
        return earned(Amount.of(stake), Rate.of(now), Rate.of(start), parameters).value();
    }
}
