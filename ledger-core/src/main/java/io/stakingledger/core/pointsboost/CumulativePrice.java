package io.stakingledger.core.pointsboost;

import io.stakingledger.core.common.Decimals;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * The pool's token price and its running integral over time, so a price change is O(1) and each account
 * settles its staking points lazily: staking points between two instants are
 * {@code staked × stakingPointsPerUsd × (priceSecondsAt(t1) − priceSecondsAt(t0)) / 86,400}.
 *
 * @param price               current price in USD per token (18 decimals; 0 before the first price)
 * @param since               instant the current price took effect
 * @param priceSecondsAtSince ∫ price dt from pool creation to {@code since}, in USD·seconds, exact (no rounding)
 */
public record CumulativePrice(BigDecimal price, Instant since, BigDecimal priceSecondsAtSince) implements Serializable {

    /** No price yet: staking points accrue at 0 until the first {@link PriceSet}. */
    public static CumulativePrice initial(Instant createdAt) {
        return new CumulativePrice(Decimals.ZERO, createdAt, BigDecimal.ZERO);
    }

    /** ∫ price dt from pool creation to {@code t} (t at or after {@link #since}), USD·seconds, exact. */
    public BigDecimal priceSecondsAt(Instant t) {
        return priceSecondsAtSince.add(price.multiply(BusinessTime.secondsBetween(since, t)));
    }

    /** The price becomes {@code newPrice} at {@code at}; the integral so far is carried exactly. */
    public CumulativePrice changedTo(BigDecimal newPrice, Instant at) {
        return new CumulativePrice(newPrice, at, priceSecondsAt(at));
    }
}
