package io.stakingledger.core.common;

import com.fasterxml.jackson.annotation.JsonCreator;

import java.math.BigDecimal;

/**
 * A running reward per unit of stake at {@value #SCALE} fractional digits (revenue per token, reward per
 * vKSP). Twice the digits of an amount, so that what one step of the accumulator holds back below
 * 10⁻³⁶ per unit stays far below the smallest amount any account holds.
 */
public final class Rate extends ScaledDecimal<Rate> {

    public static final int SCALE = 36;
    public static final Rate ZERO = new Rate(BigDecimal.ZERO);

    private Rate(BigDecimal value) {
        super(value, SCALE);
    }

    /** The rate {@code value}, which must not have more than 36 fractional digits. */
    @JsonCreator
    public static Rate of(BigDecimal value) {
        return new Rate(value);
    }

    public static Rate of(String value) {
        return new Rate(new BigDecimal(value));
    }

    /** {@code pot} shared over {@code units}: pot / units, rounded for {@code reason}. */
    public static Rate shareOf(BigDecimal pot, BigDecimal units, Rounding reason) {
        return new Rate(pot.divide(units, SCALE, reason.mode()));
    }

    /** What {@code units} earned while the rate rose from {@code since} to this, exactly (no rounding). */
    public BigDecimal earnedSince(Rate since, ScaledDecimal<?> units) {
        return units.value().multiply(value().subtract(since.value()));
    }

    @Override
    protected Rate make(BigDecimal exact) {
        return new Rate(exact);
    }
}
