package io.stakingledger.projections.governancemining;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A governance-mining pool at one instant. KDX amounts at scale 18; {@code revenuePerToken} at scale 36.
 *
 * @param staked            KDX included in stakes (sharing fees)
 * @param pendingAdd        KDX requested and waiting for the next inclusion
 * @param revenuePerToken   cumulative fees per included token
 * @param undistributed     fees swept but credited to no one yet (waiting for stakers, or rounding
 *                          remainders that the next sweep shares out): feesSwept − rewardsPaid −
 *                          burnedFromRewards − rewardsOwed, so the four add up to feesSwept exactly
 * @param burnedFromStakes  KDX burned by unstake penalties
 * @param burnedFromRewards KDX burned by claim penalties
 * @param feesSwept         KDX of fees swept in total
 * @param rewardsPaid       KDX of rewards paid out by claims
 * @param rewardsOwed       rewards accrued or earned and not yet claimed, rounded down to 18 decimals
 * @param stakesReturned    KDX of stake paid back by unstakes (after penalties)
 */
public record PoolView(String pool, Instant at, BigDecimal staked, BigDecimal pendingAdd, BigDecimal revenuePerToken,
                       BigDecimal undistributed, BigDecimal burnedFromStakes, BigDecimal burnedFromRewards,
                       BigDecimal feesSwept, BigDecimal rewardsPaid, BigDecimal rewardsOwed, BigDecimal stakesReturned) {
}
