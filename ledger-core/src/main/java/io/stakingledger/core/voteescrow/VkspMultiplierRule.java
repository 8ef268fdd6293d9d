package io.stakingledger.core.voteescrow;

import io.stakingledger.core.common.Decimals;

import java.math.BigDecimal;

/**
 * The vKSP multiplier rule of a lock (SPEC.md, vote-escrow "Lock"): when the new lot's term is at least
 * the longest term the account holds, every locked KSP (old lots and the new one) takes that term's
 * multiplier; when it is shorter, the new lot alone gets its term's multiplier and earlier lots keep
 * theirs. vKSP is rounded down to 18 decimals (exact with whole-number multipliers).
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
     * @param multiplier   the pool's multiplier of {@code term}
     */
    public static BigDecimal vKspAdded(BigDecimal lockedBefore, BigDecimal vKspBefore, LockTerm longestHeld,
                                       BigDecimal amount, LockTerm term, BigDecimal multiplier) {
        if (longestHeld == null || term.atLeast(longestHeld)) {
            return Decimals.down(lockedBefore.add(amount).multiply(multiplier)).subtract(vKspBefore);
        }
        return Decimals.down(amount.multiply(multiplier));
    }

    /** The account's longest term after locking {@code term}. */
    public static LockTerm longestAfter(LockTerm longestHeld, LockTerm term) {
        return longestHeld == null || term.atLeast(longestHeld) ? term : longestHeld;
    }
}
