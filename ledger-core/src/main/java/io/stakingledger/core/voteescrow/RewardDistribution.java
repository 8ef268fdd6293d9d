package io.stakingledger.core.voteescrow;

import io.stakingledger.core.common.Amount;
import io.stakingledger.core.common.Rate;
import io.stakingledger.core.common.Shares;

import java.io.Serializable;
import java.time.Instant;

/**
 * One past distribution, kept for the APR history.
 *
 * @param at                 business time of the distribution
 * @param amount             KSP emitted
 * @param vKspTotal          vKSP the split was made over
 * @param rewardPerVkspAdded accumulator step (rounded down when distributed)
 */
public record RewardDistribution(Instant at, Amount amount, Shares vKspTotal, Rate rewardPerVkspAdded)
        implements Serializable {
}
