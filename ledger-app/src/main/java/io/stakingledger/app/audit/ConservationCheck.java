package io.stakingledger.app.audit;

import java.math.BigDecimal;

/** One conservation law of a pool: {@code left} must equal {@code right} exactly. */
public record ConservationCheck(String law, boolean ok, BigDecimal left, BigDecimal right) {

    static ConservationCheck of(String law, BigDecimal left, BigDecimal right) {
        return new ConservationCheck(law, left.compareTo(right) == 0, left, right);
    }
}
