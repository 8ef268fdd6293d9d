package io.stakingledger.core.voteescrow;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One past distribution, kept for the APR history.
 *
 * @param at                 business time of the distribution
 * @param amount             KSP emitted (18 decimals)
 * @param vKspTotal          vKSP the split was made over
 * @param rewardPerVkspAdded accumulator step (36 decimals, rounded down)
 */
public record RewardDistribution(Instant at, BigDecimal amount, BigDecimal vKspTotal, BigDecimal rewardPerVkspAdded) implements Serializable {
}
