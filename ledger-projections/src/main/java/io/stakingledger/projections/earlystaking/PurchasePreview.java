package io.stakingledger.projections.earlystaking;

import io.stakingledger.core.common.fields.OptionalField;

import java.math.BigDecimal;

/**
 * What a purchase of {@code amount} would earn now: E(EPB) (rounded down to 18 decimals) and DCR (rounded
 * down). {@code rejectedBecause} is non-null when the purchase would be rejected, and then the other
 * figures are null.
 */
public record PurchasePreview(String pool, BigDecimal amount, BigDecimal soldBefore,
                              @OptionalField BigDecimal effectiveBonus, @OptionalField BigDecimal dcr,
                              @OptionalField BigDecimal saleRemainingAfter, @OptionalField String rejectedBecause) {
}
