package io.stakingledger.projections.pointsboost;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One account of a points-boost pool evaluated at {@code at} (docs/domain/points-boost.md). Every number at 18 decimals;
 * rates are points per day.
 *
 * @param pool                the pool
 * @param account             the account
 * @param at                  the instant the values are evaluated at
 * @param since               the account's first event, from which pointsAccrued is integrated
 * @param staked              tokens staked
 * @param stakingMultiplier   staking multiplier m at {@code at}, rounded down (0.45 = 45%)
 * @param totalBoost          baseBoost + stakingMultiplier
 * @param basePointsPerDay    points per day from the account's other positions
 * @param boostedPointsPerDay min(basePointsPerDay, staked × boostCoveragePerToken) × totalBoost, rounded down
 * @param stakingPointsPerDay staked × price × stakingPointsPerUsd, rounded down
 * @param totalPointsPerDay   basePointsPerDay + boostedPointsPerDay + stakingPointsPerDay
 * @param pointsAccrued       ∫ (boostedPointsPerDay + stakingPointsPerDay) dt from {@code since} to {@code at},
 *                            exact between events, rounded down at each of the account's events and here
 */
public record PositionView(
        String pool,
        String account,
        Instant at,
        Instant since,
        BigDecimal staked,
        BigDecimal stakingMultiplier,
        BigDecimal totalBoost,
        BigDecimal basePointsPerDay,
        BigDecimal boostedPointsPerDay,
        BigDecimal stakingPointsPerDay,
        BigDecimal totalPointsPerDay,
        BigDecimal pointsAccrued) {
}
