package io.stakingledger.core.earlystaking;

import io.stakingledger.core.common.Decimals;

import java.math.BigDecimal;

/**
 * sharePrice = (assets + debt) / W, held as the exact fraction so that every conversion rounds once,
 * in the direction SPEC.md names. The price is 1 while no weighted shares exist.
 *
 * @param backing assets + debt, in KASH
 * @param weightedShares W = principal + virtual shares
 */
public record SharePrice(BigDecimal backing, BigDecimal weightedShares) {

    public boolean isInitial() {
        return weightedShares.signum() == 0;
    }

    /** Shares that {@code amount} KASH buys, rounded down (shares minted favour the pool). */
    public BigDecimal sharesForRoundingDown(BigDecimal amount) {
        return isInitial() ? Decimals.down(amount) : Decimals.mulDivDown(amount, weightedShares, backing);
    }

    /** Shares worth {@code amount} KASH, rounded up (shares burned favour the pool). */
    public BigDecimal sharesForRoundingUp(BigDecimal amount) {
        return isInitial() ? Decimals.up(amount) : Decimals.mulDivUp(amount, weightedShares, backing);
    }

    /** KASH value of {@code shares}, rounded down (tokens paid out favour the pool). */
    public BigDecimal valueRoundingDown(BigDecimal shares) {
        return isInitial() ? Decimals.down(shares) : Decimals.mulDivDown(shares, backing, weightedShares);
    }

    /** The price itself, rounded down to 18 decimals, for display. */
    public BigDecimal value() {
        return isInitial() ? Decimals.ONE : Decimals.divideDown(backing, weightedShares);
    }

    /** True when this price is at least {@code other}, compared exactly by cross-multiplication. */
    public boolean isAtLeast(SharePrice other) {
        BigDecimal thisBacking = isInitial() ? BigDecimal.ONE : backing;
        BigDecimal thisShares = isInitial() ? BigDecimal.ONE : weightedShares;
        BigDecimal otherBacking = other.isInitial() ? BigDecimal.ONE : other.backing;
        BigDecimal otherShares = other.isInitial() ? BigDecimal.ONE : other.weightedShares;
        return thisBacking.multiply(otherShares).compareTo(otherBacking.multiply(thisShares)) >= 0;
    }
}
