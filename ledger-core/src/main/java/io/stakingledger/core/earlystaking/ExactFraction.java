package io.stakingledger.core.earlystaking;

import io.stakingledger.core.common.Amount;
import io.stakingledger.core.common.Rounding;

import java.math.BigDecimal;

/**
 * A limit computed as one exact fraction of products (no intermediate rounding) and brought to an
 * {@link Amount} once, for a named reason. Numerators and denominators are plain decimals because they
 * multiply shares by KASH: they are no quantity of their own.
 */
final class ExactFraction {

    private ExactFraction() {
    }

    static Amount amount(BigDecimal numerator, BigDecimal denominator, Rounding reason) {
        return Amount.of(numerator.divide(denominator, Amount.SCALE, reason.mode()));
    }
}
