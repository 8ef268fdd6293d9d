package io.stakingledger.core.voteescrow;

import org.axonframework.serialization.Revision;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * {@code amount} KSP were emitted to stakers and split by vKSP share through the reward-per-vKSP
 * accumulator. Exactly {@code amount + carriedIn = allocated + carriedOut}.
 *
 * @param amount             KSP emitted by this distribution (18 decimals)
 * @param carriedIn          undistributed remainder of earlier distributions and settlements, added to this one
 * @param vKspTotal          vKSP the split was made over
 * @param rewardPerVkspAdded increase of the accumulator: (amount + carriedIn) / vKspTotal rounded down to 36 decimals
 *                           (zero when no vKSP exists)
 * @param allocated          rewardPerVkspAdded × vKspTotal, exact: what the accounts received in total
 * @param carriedOut         amount + carriedIn − allocated, exact: carried to the next distribution
 */
@Revision("1")
public record RewardsDistributed(String poolId, BigDecimal amount, BigDecimal carriedIn, BigDecimal vKspTotal,
                                 BigDecimal rewardPerVkspAdded, BigDecimal allocated, BigDecimal carriedOut,
                                 Instant at) implements VoteEscrowEvent {
}
