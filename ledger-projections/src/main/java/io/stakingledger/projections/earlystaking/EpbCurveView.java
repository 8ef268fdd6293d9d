package io.stakingledger.projections.earlystaking;

import java.math.BigDecimal;
import java.util.List;

/**
 * The EPB curve of a pool (docs/domain/early-staking.md) sampled at evenly spaced points of the sale, the sale's progress
 * ({@code sold} of {@code saleSupply}) and every purchase's span, oldest first. EPB values are rounded
 * down to 18 decimals.
 */
public record EpbCurveView(String pool, BigDecimal saleSupply, BigDecimal sold, List<EpbPoint> points,
                           List<PurchaseSpan> purchases) {

    /** EPB(q) at one point q of the sale. */
    public record EpbPoint(BigDecimal q, BigDecimal epb) {
    }
}
