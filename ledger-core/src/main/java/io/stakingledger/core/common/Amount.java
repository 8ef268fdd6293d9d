package io.stakingledger.core.common;

import com.fasterxml.jackson.annotation.JsonCreator;

import java.math.BigDecimal;
import java.util.Collection;

/**
 * A quantity of tokens, points or currency at {@value #SCALE} fractional digits: what accounts hold, pay,
 * receive and what pools keep.
 */
public final class Amount extends ScaledDecimal<Amount> {

    public static final int SCALE = Decimals.SCALE;
    public static final Amount ZERO = new Amount(BigDecimal.ZERO);

    private Amount(BigDecimal value) {
        super(value, SCALE);
    }

    /** The amount {@code value}, which must not have more than 18 fractional digits. */
    @JsonCreator
    public static Amount of(BigDecimal value) {
        return new Amount(value);
    }

    public static Amount of(String value) {
        return new Amount(new BigDecimal(value));
    }

    /** An exact result brought to 18 digits, rounded for {@code reason}. */
    public static Amount rounded(BigDecimal exact, Rounding reason) {
        return new Amount(exact.setScale(SCALE, reason.mode()));
    }

    public static Amount sum(Collection<Amount> amounts) {
        Amount total = ZERO;
        for (Amount amount : amounts) {
            total = total.plus(amount);
        }
        return total;
    }

    @Override
    protected Amount make(BigDecimal exact) {
        return new Amount(exact);
    }
}
