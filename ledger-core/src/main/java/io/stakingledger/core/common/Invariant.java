package io.stakingledger.core.common;

import java.math.BigDecimal;

/**
 * One conservation law of a pool, evaluated on its state: {@code left} must equal {@code right} exactly
 * (compared by value, whatever the scales).
 */
public record Invariant(String law, BigDecimal left, BigDecimal right) {

    public boolean holds() {
        return left.compareTo(right) == 0;
    }
}
