package io.stakingledger.core.common;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Exact decimal arithmetic shared by every program.
 *
 * <p>Amounts and shares carry {@link #SCALE} (18) fractional digits. Every operation that can lose
 * digits names its rounding direction; the direction is chosen per operation so that rounding always
 * favours the pool (docs/domain/README.md, "Numbers"). Intermediate values that are not exact
 * use {@link #MC} (34 significant digits, IEEE 754 decimal128).
 */
public final class Decimals {

    /** Fractional digits of token amounts and shares. */
    public static final int SCALE = 18;

    /** Precision of inexact intermediates: 34 significant digits, half-even. */
    public static final MathContext MC = MathContext.DECIMAL128;

    public static final BigDecimal ZERO = BigDecimal.ZERO.setScale(SCALE);
    public static final BigDecimal ONE = BigDecimal.ONE.setScale(SCALE);

    private Decimals() {
    }

    /** Rounds towards zero to 18 fractional digits. */
    public static BigDecimal down(BigDecimal value) {
        return value.setScale(SCALE, RoundingMode.DOWN);
    }

    /** Rounds away from zero to 18 fractional digits. */
    public static BigDecimal up(BigDecimal value) {
        return value.setScale(SCALE, RoundingMode.UP);
    }

    /** {@code a × b / c} rounded towards zero to 18 digits, with no intermediate rounding. */
    public static BigDecimal mulDivDown(BigDecimal a, BigDecimal b, BigDecimal c) {
        return a.multiply(b).divide(c, SCALE, RoundingMode.DOWN);
    }

    /** {@code a × b / c} rounded away from zero to 18 digits, with no intermediate rounding. */
    public static BigDecimal mulDivUp(BigDecimal a, BigDecimal b, BigDecimal c) {
        return a.multiply(b).divide(c, SCALE, RoundingMode.UP);
    }

    /** {@code a / b} rounded towards zero to 18 digits. */
    public static BigDecimal divideDown(BigDecimal a, BigDecimal b) {
        return a.divide(b, SCALE, RoundingMode.DOWN);
    }

    /** Brings an exactly representable value to the canonical scale; fails if digits would be lost. */
    public static BigDecimal exact(BigDecimal value) {
        return value.setScale(SCALE, RoundingMode.UNNECESSARY);
    }

    public static boolean isPositive(BigDecimal value) {
        return value.signum() > 0;
    }

    /** Plain decimal text without trailing zeros ("1.5", "0", "100000"). */
    public static String format(BigDecimal value) {
        if (value.signum() == 0) {
            return "0";
        }
        return value.stripTrailingZeros().toPlainString();
    }
}
