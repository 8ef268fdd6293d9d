package io.stakingledger.core.voteescrow;

import io.stakingledger.core.common.Amount;
import io.stakingledger.core.common.Rounding;
import io.stakingledger.core.common.Shares;

import java.math.BigDecimal;

/**
 * The vKSP multiplier rule of a lock (docs/domain/vote-escrow.md, "Lock"): when the new lot's term is at least
 * the longest term the account holds, every locked KSP (old lots and the new one) takes that term's
 * multiplier; when it is shorter, the new lot alone gets its term's multiplier and earlier lots keep
 * theirs. vKSP is granted to the account, so it is rounded down to 18 decimals ({@link Rounding#CREDIT};
 * exact with whole-number multipliers).
 */
public final class VkspMultiplierRule {

    private VkspMultiplierRule() {
    }

    /**
     * The vKSP a lock adds.
     *
     * @param lockedBefore KSP the account holds locked before the lock (zero for a first lock)
     * @param vKspBefore   the account's vKSP before the lock
     * @param longestHeld  the longest term the account holds, or null for a first lock
     * @param amount       KSP of the new lot
     * @param term         the new lot's term
     * @param multiplier   the pool's multiplier of {@code term}, vKSP per KSP
     */
    public static Shares vKspAdded(Amount lockedBefore, Shares vKspBefore, LockTerm longestHeld,
                                   Amount amount, LockTerm term, BigDecimal multiplier) {
        if (longestHeld == null || term.atLeast(longestHeld)) {
            return vKsp(lockedBefore.plus(amount), multiplier).minus(vKspBefore);
        }
        return vKsp(amount, multiplier);
    }

    private static Shares vKsp(Amount ksp, BigDecimal multiplier) {
        return Shares.rounded(ksp.value().multiply(multiplier), Rounding.CREDIT);
    }

    /** The account's longest term after locking {@code term}. */
    public static LockTerm longestAfter(LockTerm longestHeld, LockTerm term) {
        return longestHeld == null || term.atLeast(longestHeld) ? term : longestHeld;
    }
}
