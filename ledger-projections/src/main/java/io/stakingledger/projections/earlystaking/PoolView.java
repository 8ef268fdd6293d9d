package io.stakingledger.projections.earlystaking;

import io.stakingledger.core.common.fields.OptionalField;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Pool view. Amounts and shares at 18 decimals; {@code sharePrice} and {@code guaranteedMinimumPerShare}
 * rounded down to 18 decimals. {@code epoch} is the epoch in progress (N once the pool has ended).
 */
public record PoolView(
        String pool,
        String program,
        int epoch,
        int epochsClosed,
        int epochs,
        @OptionalField Instant nextEpochEndsAt,
        boolean ended,
        BigDecimal sold,
        BigDecimal saleRemaining,
        BigDecimal sharePrice,
        BigDecimal assets,
        BigDecimal debt,
        BigDecimal principalShares,
        BigDecimal virtualShares,
        BigDecimal totalShares,
        BigDecimal shareCap,
        BigDecimal capacityLeft,
        BigDecimal rewardsDistributed,
        BigDecimal rewardsRemaining,
        BigDecimal rewardsCarried,
        BigDecimal rewardsUndistributed,
        BigDecimal reservedTotal,
        int reservationQueueLength,
        BigDecimal guaranteedMinimumPerShare,
        BigDecimal curveK,
        BigDecimal curveA,
        BigDecimal curveC,
        Instant lastEventAt) {
}
