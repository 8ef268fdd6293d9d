package io.stakingledger.core.governancemining;

import io.stakingledger.core.common.Amount;
import io.stakingledger.core.common.Decimals;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The early-unstake penalty of docs/domain/governance-mining.md: an unstake less than {@code stakePenaltyWindow} (72 h) after
 * the account's last inclusion burns {@code stakePenalty} (3 %) of the amount, rounded down at the
 * pool's precision as docs/domain/governance-mining.md says (the whole amount leaves the pool either way, as burn or payout).
 */
public final class UnstakePenalty {

    private UnstakePenalty() {
    }

    /** The rate an unstake at {@code at} would pay: stakePenalty inside the window, else 0 (scale 18). */
    public static BigDecimal rate(GovernanceMiningParameters parameters, Instant lastStake, Instant at) {
        Instant windowEnd = windowEnd(parameters, lastStake);
        return windowEnd != null && at.isBefore(windowEnd) ? parameters.stakePenalty() : Decimals.ZERO;
    }

    /** The first instant an unstake pays no penalty; {@code null} if the account was never included. */
    public static Instant windowEnd(GovernanceMiningParameters parameters, Instant lastStake) {
        return lastStake == null ? null : lastStake.plus(parameters.stakePenaltyWindow());
    }

    /** amount × rate, rounded down at the pool's precision (see {@link GovernanceMiningParameters#roundDownToPrecision}). */
    public static Amount penalty(GovernanceMiningParameters parameters, Amount amount, BigDecimal rate) {
        return Amount.of(parameters.roundDownToPrecision(amount.value().multiply(rate)));
    }
}
