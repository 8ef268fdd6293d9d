package io.stakingledger.core.earlystaking;

import io.stakingledger.core.common.Amount;
import io.stakingledger.core.common.Decimals;
import io.stakingledger.core.common.Rounding;
import io.stakingledger.core.common.Shares;

import java.math.BigDecimal;

import static io.stakingledger.core.common.Decimals.MC;

/**
 * What an account's holdings are worth and what it may still do (docs/domain/early-staking.md, "Shares, price, debt").
 * Every limit is the exact fraction rounded once, in the pool's favour ({@link Rounding#CREDIT}: what an
 * account may take is rounded down), so comparing an 18-decimal input against the rounded limit is the
 * same as comparing it against the exact one. Ratios (leverage, the guarantee per share) are plain decimals
 * at 34 significant digits: they are neither KASH nor shares.
 */
public final class Valuation {

    private Valuation() {
    }

    /** W_acct × sharePrice, rounded down. */
    public static Amount value(EarlyStakingState pool, EarlyStakingAccount account) {
        return pool.sharePrice().valueOf(account.weightedShares(), Rounding.CREDIT);
    }

    /**
     * W_acct × sharePrice − debt_acct, rounded down, never negative. The source documents' known slip: per account,
     * not with the pool-level sums.
     */
    public static Amount withdrawable(EarlyStakingState pool, EarlyStakingAccount account) {
        SharePrice price = pool.sharePrice();
        if (price.isInitial()) {
            return Amount.ZERO;
        }
        BigDecimal numerator = withdrawableNumerator(price, account);
        if (numerator.signum() <= 0) {
            return Amount.ZERO;
        }
        return ExactFraction.amount(numerator, price.weightedShares().value(), Rounding.CREDIT);
    }

    /** withdrawable × W as an exact value: W_acct × (assets + debt) − debt_acct × W. */
    static BigDecimal withdrawableNumerator(SharePrice price, EarlyStakingAccount account) {
        return account.weightedShares().value().multiply(price.backing().value())
                .subtract(account.debt().value().multiply(price.weightedShares().value()));
    }

    /** A ratio as shown and as messages quote it: 18 decimals, rounded down ({@link Rounding#DISPLAY}). */
    public static BigDecimal shown(BigDecimal ratio) {
        return ratio.setScale(Decimals.SCALE, Rounding.DISPLAY.mode());
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
    public static Amount exercisableDcr(EarlyStakingState pool, EarlyStakingAccount account) {
        return exercisableDcr(pool.sharePrice(), account.bought(), account.dcrEarned(),
                account.principalShares(), account.virtualShares()).min(account.dcrBalance());
    }

    /**
     * The leverage part of the exercise limit, exact then rounded down:
     * (dcrEarned × principal − virtual × bought) × (assets + debt) / (bought × W).
     */
    static Amount exercisableDcr(SharePrice price, Amount bought, Amount dcrEarned, Shares principal, Shares virtual) {
        if (bought.isZero()) {
            return Amount.ZERO;
        }
        BigDecimal headroom = dcrEarned.value().multiply(principal.value())
                .subtract(virtual.value().multiply(bought.value()));
        if (headroom.signum() <= 0) {
            return Amount.ZERO;
        }
        if (price.isInitial()) {
            return ExactFraction.amount(headroom, bought.value(), Rounding.CREDIT);
        }
        return ExactFraction.amount(headroom.multiply(price.backing().value()),
                bought.value().multiply(price.weightedShares().value()), Rounding.CREDIT);
    }

    /** remainingRewards / shareCap: the KASH each weighted share is still guaranteed, at 34 digits. */
    public static BigDecimal guaranteedMinimumPerShare(EarlyStakingState pool) {
        return pool.rewardsRemaining().value().divide(pool.shareCap().value(), MC);
    }

    /** W_acct × (sharePrice + remainingRewards / shareCap) − debt_acct, rounded down. */
    public static Amount guaranteedMinimumValue(EarlyStakingState pool, EarlyStakingAccount account) {
        SharePrice price = pool.sharePrice();
        BigDecimal cap = pool.shareCap().value();
        // W_acct × ((assets + debt) × cap + remaining × W) / (W × cap) − debt, as one fraction.
        BigDecimal w = price.isInitial() ? BigDecimal.ONE : price.weightedShares().value();
        BigDecimal backing = price.isInitial() ? BigDecimal.ONE : price.backing().value();
        BigDecimal numerator = account.weightedShares().value()
                .multiply(backing.multiply(cap).add(pool.rewardsRemaining().value().multiply(w)))
                .subtract(account.debt().value().multiply(w).multiply(cap));
        return ExactFraction.amount(numerator, w.multiply(cap), Rounding.CREDIT);
    }
}
