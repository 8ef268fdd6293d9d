package io.stakingledger.core.earlystaking;

import io.stakingledger.core.common.Amount;
import io.stakingledger.core.common.Decimals;
import io.stakingledger.core.common.Rounding;
import io.stakingledger.core.common.Shares;

import java.math.BigDecimal;

/**
 * sharePrice = (assets + debt) / W, held as the exact fraction so that every conversion between KASH and
 * shares rounds once, for the reason its caller names. The price is 1 while no weighted shares exist.
 * This is the one place where an {@link Amount} becomes {@link Shares} or back.
 *
 * @param backing        assets + debt, in KASH
 * @param weightedShares W = principal + virtual shares
 */
public record SharePrice(Amount backing, Shares weightedShares) {

    public boolean isInitial() {
        return weightedShares.isZero();
    }

    /**
     * Shares worth {@code amount} KASH: {@link Rounding#CREDIT} for shares minted to an account,
     * {@link Rounding#DEBIT} for shares it gives back.
     */
    public Shares sharesFor(Amount amount, Rounding reason) {
        Shares atPriceOne = Shares.of(amount.value());
        return isInitial() ? atPriceOne : atPriceOne.mulDiv(weightedShares.value(), backing.value(), reason);
    }

    /** KASH value of {@code shares}: {@link Rounding#CREDIT} for what is paid out or offered. */
    public Amount valueOf(Shares shares, Rounding reason) {
        Amount atPriceOne = Amount.of(shares.value());
        return isInitial() ? atPriceOne : atPriceOne.mulDiv(backing.value(), weightedShares.value(), reason);
    }

    /** The price once {@code amount} KASH and {@code shares} have joined the pool. */
    public SharePrice plus(Amount amount, Shares shares) {
        return new SharePrice(backing.plus(amount), weightedShares.plus(shares));
    }

    /** The price itself, rounded down to 18 decimals for display; conversions use the exact fraction. */
    public BigDecimal value() {
        return isInitial() ? Decimals.ONE
                : backing.value().divide(weightedShares.value(), Decimals.SCALE, Rounding.DISPLAY.mode());
    }

    /** True when this price is at least {@code other}, compared exactly by cross-multiplication. */
    public boolean isAtLeast(SharePrice other) {
        BigDecimal thisBacking = isInitial() ? BigDecimal.ONE : backing.value();
        BigDecimal thisShares = isInitial() ? BigDecimal.ONE : weightedShares.value();
        BigDecimal otherBacking = other.isInitial() ? BigDecimal.ONE : other.backing.value();
        BigDecimal otherShares = other.isInitial() ? BigDecimal.ONE : other.weightedShares.value();
        return thisBacking.multiply(otherShares).compareTo(otherBacking.multiply(thisShares)) >= 0;
    }
}
