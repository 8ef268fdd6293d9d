package io.stakingledger.core.voteescrow;

import io.stakingledger.core.common.Decimals;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Splitting rewards by vKSP share without touching every account: a distribution only raises the
 * cumulative reward per vKSP; an account's reward is {@code vKsp × (accumulator − its start)}, settled
 * when its vKSP changes.
 *
 * <p>Rounding, both in favour of the pool and both explicit:
 * <ul>
 *   <li>the accumulator step is rounded down to {@value #SCALE} decimals; the part of the distribution it
 *       does not cover ({@code amount + carriedIn − step × vKspTotal}, exact) is carried to the next
 *       distribution;</li>
 *   <li>a settlement credits the account its exact reward rounded down to 18 decimals; the remainder
 *       (below 10⁻¹⁸, exact) joins the same carry.</li>
 * </ul>
 * So at every moment {@code emitted = settled + unsettled (exact) + carried}, and once every account has
 * settled, the rewards credited plus the carry equal what was emitted, to the last unit.
 */
public final class RewardAccumulator {

    /** Fractional digits of the reward-per-vKSP accumulator. */
    public static final int SCALE = 36;

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
    static RewardsDistributed distribute(String poolId, BigDecimal amount, BigDecimal carriedIn, BigDecimal vKspTotal,
                                         java.time.Instant at) {
        BigDecimal pot = amount.add(carriedIn);
        if (vKspTotal.signum() == 0) {
            return new RewardsDistributed(poolId, amount, carriedIn, vKspTotal, BigDecimal.ZERO.setScale(SCALE),
                    exact(BigDecimal.ZERO), exact(pot), at);
        }
        BigDecimal step = pot.divide(vKspTotal, SCALE, RoundingMode.DOWN);
        BigDecimal allocated = step.multiply(vKspTotal);
        return new RewardsDistributed(poolId, amount, carriedIn, vKspTotal, step, exact(allocated),
                exact(pot.subtract(allocated)), at);
    }

    /** Splits an exact unsettled reward into what the account is credited (rounded down) and the dust. */
    static Settlement settle(BigDecimal exactReward) {
        BigDecimal credited = Decimals.down(exactReward);
        return new Settlement(credited, exact(exactReward.subtract(credited)));
    }

    /** An exact reward quantity at {@link #EXACT_SCALE}; fails rather than round. */
    public static BigDecimal exact(BigDecimal value) {
        return value.setScale(EXACT_SCALE, RoundingMode.UNNECESSARY);
    }

    /** A settlement: {@code credited} (18 decimals) plus {@code dust} (exact, below 10⁻¹⁸) is the exact reward. */
    record Settlement(BigDecimal credited, BigDecimal dust) {
    }
}
