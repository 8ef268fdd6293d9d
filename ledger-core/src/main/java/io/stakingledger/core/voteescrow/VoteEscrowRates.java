package io.stakingledger.core.voteescrow;

import io.stakingledger.core.common.Amount;
import io.stakingledger.core.common.Decimals;
import io.stakingledger.core.common.Rounding;
import io.stakingledger.core.common.Shares;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * Staking APR and APY and voting APR of docs/domain/vote-escrow.md, as percentages.
 *
 * <p>Computation: every quotient at {@link Decimals#MC} (34 significant digits, half-even). The APY's
 * power has the integer exponent 365 and is computed with {@link BigDecimal#pow(int, MathContext)} at
 * 44 digits, then rounded to 34, so the last of the 34 digits is not disturbed by the power algorithm's
 * error (at most two units in the last place of its working precision).
 *
 * <p>Inputs are typed (KSP and USD fees as {@link Amount}, vKSP and votes as {@link Shares}) so that
 * voting power and locked KSP cannot be swapped; the results are percentages at 34 significant digits,
 * which no fixed-scale type holds, so they stay plain decimals.
 *
 * <p>Display rounding: {@link #display} rounds a rate down (towards zero) to 18 decimals
 * ({@link Rounding#DISPLAY}), so a shown rate never overstates what the pool pays. Reference values are
 * compared after that rounding.
 */
public final class VoteEscrowRates {

    private static final BigDecimal DAYS_PER_YEAR = BigDecimal.valueOf(365);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final MathContext POWER_MC = new MathContext(44, RoundingMode.HALF_EVEN);

    private VoteEscrowRates() {
    }

    /**
     * Daily staking yield as a fraction of the KSP locked (= APR / 365):
     * dailyStakingEmission × (vKsp / vKspTotal) / locked. The price in the source formula multiplies the
     * reward and divides the principal, so it cancels and is not needed. Empty when nothing is locked.
     */
    public static Optional<BigDecimal> stakingDailyRate(Amount dailyStakingEmission, Shares vKsp, Shares vKspTotal,
                                                        Amount locked) {
        if (vKspTotal.isZero() || locked.isZero()) {
            return Optional.empty();
        }
        BigDecimal reward = dailyStakingEmission.value().multiply(vKsp.value());
        return Optional.of(reward.divide(vKspTotal.value().multiply(locked.value()), Decimals.MC));
    }

    /** APR% = dailyRate × 365 × 100, at 34 digits. */
    public static BigDecimal aprPercent(BigDecimal dailyRate) {
        return dailyRate.multiply(DAYS_PER_YEAR).multiply(HUNDRED).round(Decimals.MC);
    }

    /** APY% = ((1 + APR / 365)^365 − 1) × 100 with APR as a fraction, i.e. ((1 + dailyRate)^365 − 1) × 100. */
    public static BigDecimal apyPercent(BigDecimal dailyRate) {
        BigDecimal growth = BigDecimal.ONE.add(dailyRate).pow(365, POWER_MC);
        return growth.subtract(BigDecimal.ONE).multiply(HUNDRED).round(Decimals.MC);
    }

    /**
     * Voting APR% for one voted target: fees24h × votingFeeShare × (vote / targetVotes) / price × 365
     * × 100 / locked. Empty when the price is unknown, nothing is locked or the target has no votes.
     */
    public static Optional<BigDecimal> votingAprPercent(Amount fees24h, BigDecimal votingFeeShare, Shares vote,
                                                        Shares targetVotes, BigDecimal price, Amount locked) {
        if (price == null || price.signum() == 0 || targetVotes.isZero() || locked.isZero()) {
            return Optional.empty();
        }
        BigDecimal numerator = fees24h.value().multiply(votingFeeShare).multiply(vote.value()).multiply(DAYS_PER_YEAR)
                .multiply(HUNDRED);
        return Optional.of(numerator.divide(targetVotes.value().multiply(price).multiply(locked.value()), Decimals.MC));
    }

    /** A rate as shown in views: rounded down to 18 decimals. */
    public static BigDecimal display(BigDecimal rate) {
        return rate.setScale(Decimals.SCALE, Rounding.DISPLAY.mode());
    }
}
