package io.stakingledger.projections.voteescrow;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The staking APR a distribution implied: its amount taken as the day's staking emission over the vKSP
 * total at that moment, for KSP held at each term's multiplier.
 *
 * @param at                 business time of the distribution
 * @param amount             KSP distributed
 * @param vKspTotal          vKSP it was split over
 * @param rewardPerVkspAdded accumulator step (36 decimals, rounded down)
 * @param terms              APR/APY per term ({@code null} rates when no vKSP existed)
 */
public record AprHistoryEntry(Instant at, BigDecimal amount, BigDecimal vKspTotal, BigDecimal rewardPerVkspAdded,
                              List<TermApr> terms) {
}
