package io.stakingledger.core.voteescrow;

import io.stakingledger.core.common.Amount;
import io.stakingledger.core.common.Rate;
import io.stakingledger.core.common.Rounding;
import io.stakingledger.core.common.Shares;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Splitting rewards by vKSP share without touching every account: a distribution only raises the
 * cumulative reward per vKSP; an account's reward is {@code vKsp × (accumulator − its start)}, settled
 * when its vKSP changes.
 *
 * <p>Rounding, both in favour of the pool and both explicit:
 * <ul>
 *   <li>the accumulator step is rounded down to {@value #SCALE} decimals ({@link Rounding#SHARE_OUT}); the
 *       part of the distribution it
 *       does not cover ({@code amount + carriedIn − step × vKspTotal}, exact) is carried to the next
 *       distribution;</li>
 *   <li>a settlement credits the account its exact reward rounded down to 18 decimals
 *       ({@link Rounding#CREDIT}); the remainder
 *       (below 10⁻¹⁸, exact) joins the same carry.</li>
 * </ul>
 * So at every moment {@code emitted = settled + unsettled (exact) + carried}, and once every account has
 * settled, the rewards credited plus the carry equal what was emitted, to the last unit.
 */
public final class RewardAccumulator {

    /** Fractional digits of the reward-per-vKSP accumulator. */
    public static final int SCALE = Rate.SCALE;

    /**
     * Fractional digits of exact reward quantities (allocations, carries, settlement dust): a vKSP amount
     * (18 decimals) times an accumulator difference (36 decimals) needs at most 54, so no digit is lost.
     */
    public static final int EXACT_SCALE = 54;

    private RewardAccumulator() {
    }

    /**
     * The distribution of {@code amount} plus the carry over {@code vKspTotal}. With no vKSP at all,
     * everything is carried to the next distribution rather than lost.
     */
    static RewardsDistributed distribute(String poolId, Amount amount, BigDecimal carriedIn, Shares vKspTotal,
                                         java.time.Instant at) {
        BigDecimal pot = amount.value().add(carriedIn);
        if (vKspTotal.isZero()) {
            return new RewardsDistributed(poolId, amount.value(), carriedIn, vKspTotal.value(), Rate.ZERO.value(),
                    exact(BigDecimal.ZERO), exact(pot), at);
        }
        Rate step = Rate.shareOf(pot, vKspTotal.value(), Rounding.SHARE_OUT);
        BigDecimal allocated = step.earnedSince(Rate.ZERO, vKspTotal);
        return new RewardsDistributed(poolId, amount.value(), carriedIn, vKspTotal.value(), step.value(),
                exact(allocated), exact(pot.subtract(allocated)), at);
    }

    /** Splits an exact unsettled reward into what the account is credited (rounded down) and the dust. */
    static Settlement settle(BigDecimal exactReward) {
        Amount credited = Amount.rounded(exactReward, Rounding.CREDIT);
        return new Settlement(credited, exact(exactReward.subtract(credited.value())));
    }

    /** An exact reward quantity at {@link #EXACT_SCALE}; fails rather than round. */
    public static BigDecimal exact(BigDecimal value) {
        return value.setScale(EXACT_SCALE, RoundingMode.UNNECESSARY);
    }

    /** A settlement: {@code credited} (18 decimals) plus {@code dust} (exact, below 10⁻¹⁸) is the exact reward. */
    record Settlement(Amount credited, BigDecimal dust) {
    }
}
