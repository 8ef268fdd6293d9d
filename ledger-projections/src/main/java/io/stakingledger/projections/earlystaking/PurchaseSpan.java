package io.stakingledger.projections.earlystaking;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One purchase's span on the EPB curve: it moved the sale from {@code soldBefore} to
 * {@code soldBefore + amount} and earned the average bonus {@code effectiveBonus} over that span.
 */
public record PurchaseSpan(String account, BigDecimal soldBefore, BigDecimal amount, BigDecimal effectiveBonus,
                           Instant at) implements Serializable {
}
