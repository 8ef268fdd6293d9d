package io.stakingledger.core.earlystaking;

import io.stakingledger.core.common.Decimals;

import java.math.BigDecimal;

import static io.stakingledger.core.common.Decimals.MC;

/**
 * What an account's holdings are worth and what it may still do (SPEC.md §1, "Shares, price, debt").
 * Every limit is the exact fraction rounded once, in the pool's favour, so comparing an 18-decimal input
 * against the rounded limit is the same as comparing it against the exact one.
 */
public final class Valuation {

    private Valuation() {
    }

    /** W_acct × sharePrice, rounded down. */
    public static BigDecimal value(EarlyStakingState pool, EarlyStakingAccount account) {
        return pool.sharePrice().valueRoundingDown(account.weightedShares().value());
    }

    /**
     * W_acct × sharePrice − debt_acct, rounded down, never negative. SPEC.md's known slip: per account,
     * not with the pool-level sums.
     */
    public static BigDecimal withdrawable(EarlyStakingState pool, EarlyStakingAccount account) {
        SharePrice price = pool.sharePrice();
        if (price.isInitial()) {
            return Decimals.ZERO;
        }
        BigDecimal numerator = withdrawableNumerator(price, account);
        if (numerator.signum() <= 0) {
            return Decimals.ZERO;
        }
        return Decimals.divideDown(numerator, price.weightedShares());
    }

    /** withdrawable × W as an exact value: W_acct × (assets + debt) − debt_acct × W. */
    static BigDecimal withdrawableNumerator(SharePrice price, EarlyStakingAccount account) {
        return account.weightedShares().value().multiply(price.backing())
                .subtract(account.debt().value().multiply(price.weightedShares()));
    }

    /** maxLeverage = ΣDCR_earned / ΣAmount_bought + 1; 1 for an account that bought nothing. */
    public static BigDecimal maxLeverage(EarlyStakingAccount account) {
        if (account.bought().isZero()) {
            return BigDecimal.ONE;
        }
        return account.dcrEarned().value().divide(account.bought().value(), MC).add(BigDecimal.ONE);
    }

    /** W_acct / principal_acct at 34 digits; null when the account holds no principal shares. */
    public static BigDecimal leverage(EarlyStakingAccount account) {
        if (account.principalShares().isZero()) {
            return null;
        }
        return account.weightedShares().value().divide(account.principalShares().value(), MC);
    }

    /**
     * DCR the account may exercise now: min(unused DCR, max(0, virtualLimit − virtual) × sharePrice),
     * with virtualLimit = (maxLeverage − 1) × principal. Rounded down.
     */
    public static BigDecimal exercisableDcr(EarlyStakingState pool, EarlyStakingAccount account) {
        return exercisableDcr(pool.sharePrice(), account.bought().value(), account.dcrEarned().value(),
                account.principalShares().value(), account.virtualShares().value()).min(account.dcrBalance().value());
    }

    /**
     * The leverage part of the exercise limit, exact then rounded down:
     * (dcrEarned × principal − virtual × bought) × (assets + debt) / (bought × W).
     */
    static BigDecimal exercisableDcr(SharePrice price, BigDecimal bought, BigDecimal dcrEarned,
                                     BigDecimal principal, BigDecimal virtual) {
        if (bought.signum() == 0) {
            return Decimals.ZERO;
        }
        BigDecimal headroom = dcrEarned.multiply(principal).subtract(virtual.multiply(bought));
        if (headroom.signum() <= 0) {
            return Decimals.ZERO;
        }
        if (price.isInitial()) {
            return Decimals.divideDown(headroom, bought);
        }
        return Decimals.divideDown(headroom.multiply(price.backing()), bought.multiply(price.weightedShares()));
    }

    /** remainingRewards / shareCap: the KASH each weighted share is still guaranteed, at 34 digits. */
    public static BigDecimal guaranteedMinimumPerShare(EarlyStakingState pool) {
        return pool.rewardsRemaining().value().divide(pool.parameters().shareCap(), MC);
    }

    /** W_acct × (sharePrice + remainingRewards / shareCap) − debt_acct, rounded down. */
    public static BigDecimal guaranteedMinimumValue(EarlyStakingState pool, EarlyStakingAccount account) {
        SharePrice price = pool.sharePrice();
        BigDecimal cap = pool.parameters().shareCap();
        // W_acct × ((assets + debt) × cap + remaining × W) / (W × cap) − debt, as one fraction.
        BigDecimal w = price.isInitial() ? BigDecimal.ONE : price.weightedShares();
        BigDecimal backing = price.isInitial() ? BigDecimal.ONE : price.backing();
        BigDecimal numerator = account.weightedShares().value()
                .multiply(backing.multiply(cap).add(pool.rewardsRemaining().value().multiply(w)))
                .subtract(account.debt().value().multiply(w).multiply(cap));
        return Decimals.divideDown(numerator, w.multiply(cap));
    }
}
