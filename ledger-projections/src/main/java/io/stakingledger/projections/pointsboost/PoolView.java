package io.stakingledger.projections.pointsboost;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A points-boost pool's totals at {@code at}, each kept as a running sum (no scan of the accounts).
 * Amounts and rates at 18 decimals; rates are points per day.
 *
 * @param pool                     the pool
 * @param at                       the instant the values are evaluated at
 * @param createdAt                the pool's creation
 * @param lastEventAt              the pool's latest event
 * @param price                    token price in USD (0 until the first SetPrice)
 * @param totalStaked              Σ tokens staked
 * @param totalBasePointsPerDay    Σ base points per day of the accounts
 * @param totalStakingPointsPerDay totalStaked × price × stakingPointsPerUsd, rounded down
 * @param stakers                  accounts with tokens staked
 * @param accounts                 accounts that ever staked or had base points set
 * @param baseBoost                pool parameter (docs/domain/points-boost.md)
 * @param multiplierPerDay         pool parameter
 * @param maxMultiplier            pool parameter
 * @param boostCoveragePerToken    pool parameter
 * @param stakingPointsPerUsd      pool parameter
 */
public record PoolView(
        String pool,
        Instant at,
        Instant createdAt,
        Instant lastEventAt,
        BigDecimal price,
        BigDecimal totalStaked,
        BigDecimal totalBasePointsPerDay,
        BigDecimal totalStakingPointsPerDay,
        int stakers,
        int accounts,
        BigDecimal baseBoost,
        BigDecimal multiplierPerDay,
        BigDecimal maxMultiplier,
        BigDecimal boostCoveragePerToken,
        BigDecimal stakingPointsPerUsd) {
}
