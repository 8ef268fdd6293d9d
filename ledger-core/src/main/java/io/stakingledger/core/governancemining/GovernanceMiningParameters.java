package io.stakingledger.core.governancemining;

import io.stakingledger.core.common.CommandRejected;
import io.stakingledger.core.common.DecimalText;
import io.stakingledger.core.common.Decimals;
import io.stakingledger.core.common.ParameterLimits;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;

/**
 * Parameters of one governance-mining pool (SPEC.md §3). Rates are plain fractions (0.03 = 3 %).
 *
 * <p><b>Precision.</b> {@code precision} is the number of fractional digits of the pool's token (KDX
 * is a 12-decimal token on its chain). Every token amount the pool computes — rewards credited,
 * penalties burned, payouts — is rounded down to {@code precision} digits and then written at the
 * ledger's canonical scale 18 (trailing zeros), so events keep one scale for every program while no
 * amount ever carries digits the token itself cannot hold. Command amounts with more than
 * {@code precision} fractional digits are rejected for the same reason. Rounding at 18 digits instead
 * would create balances the token cannot carry, and the ledger would drift from the chain it mirrors.
 *
 * @param stakePenalty       fraction of an unstaked amount burned inside {@code stakePenaltyWindow}
 * @param stakePenaltyWindow time after the last inclusion during which an unstake pays {@code stakePenalty}
 * @param maturation         time after the effective start from which a claim pays no penalty
 * @param maturationExponent exponent of the maturation penalty curve (1 − s / maturation)^exponent
 * @param claimCooldown      minimum time between two claims of one account (and from its first inclusion)
 * @param feeShare           share of swap volume that becomes fees for stakers (used by the USD view)
 * @param precision          fractional digits of the pool's token, 0 to 18
 */
public record GovernanceMiningParameters(
        BigDecimal stakePenalty,
        Duration stakePenaltyWindow,
        Duration maturation,
        BigDecimal maturationExponent,
        Duration claimCooldown,
        BigDecimal feeShare,
        int precision) implements Serializable {

    public static final BigDecimal DEFAULT_STAKE_PENALTY = new BigDecimal("0.03");
    public static final Duration DEFAULT_STAKE_PENALTY_WINDOW = Duration.ofHours(72);
    public static final Duration DEFAULT_MATURATION = Duration.ofDays(60);
    public static final BigDecimal DEFAULT_MATURATION_EXPONENT = new BigDecimal("0.66");
    public static final Duration DEFAULT_CLAIM_COOLDOWN = Duration.ofDays(7);
    public static final BigDecimal DEFAULT_FEE_SHARE = new BigDecimal("0.0005");
    public static final int DEFAULT_PRECISION = 12;
    /** Largest maturation exponent. */
    public static final BigDecimal MAX_MATURATION_EXPONENT = new BigDecimal("100");

    /** The defaults of SPEC.md §3. */
    public static GovernanceMiningParameters defaults() {
        return of(null, null, null, null, null, null, null);
    }

    /**
     * Fills every {@code null} with its default and checks every range.
     *
     * @throws CommandRejected naming the offending parameter
     */
    public static GovernanceMiningParameters of(BigDecimal stakePenalty, Duration stakePenaltyWindow,
                                                Duration maturation, BigDecimal maturationExponent,
                                                Duration claimCooldown, BigDecimal feeShare, Integer precision) {
        GovernanceMiningParameters parameters = new GovernanceMiningParameters(
                rate("stakePenalty", orDefault(stakePenalty, DEFAULT_STAKE_PENALTY)),
                stakePenaltyWindow == null ? DEFAULT_STAKE_PENALTY_WINDOW : stakePenaltyWindow,
                maturation == null ? DEFAULT_MATURATION : maturation,
                maturationExponent == null ? DEFAULT_MATURATION_EXPONENT : maturationExponent,
                claimCooldown == null ? DEFAULT_CLAIM_COOLDOWN : claimCooldown,
                rate("feeShare", orDefault(feeShare, DEFAULT_FEE_SHARE)),
                precision == null ? DEFAULT_PRECISION : precision);
        parameters.validate();
        return parameters;
    }

    /**
     * Checks ranges; throws {@link CommandRejected} naming the offending value. Durations are at most
     * {@link ParameterLimits#MAX_DURATION} and the maturation exponent at most
     * {@link #MAX_MATURATION_EXPONENT}, so no penalty or view can overflow.
     */
    public void validate() {
        if (stakePenalty == null || stakePenalty.signum() < 0 || stakePenalty.compareTo(BigDecimal.ONE) >= 0) {
            throw CommandRejected.invalid("stakePenalty must be at least 0 and below 1, got " + text(stakePenalty));
        }
        if (feeShare == null || feeShare.signum() < 0 || feeShare.compareTo(BigDecimal.ONE) > 0) {
            throw CommandRejected.invalid("feeShare must be between 0 and 1, got " + text(feeShare));
        }
        if (maturationExponent != null) {
            DecimalText.bounded("maturationExponent", maturationExponent);
        }
        if (maturationExponent == null || maturationExponent.signum() <= 0) {
            throw CommandRejected.invalid("maturationExponent must be positive, got " + text(maturationExponent));
        }
        if (maturationExponent.compareTo(MAX_MATURATION_EXPONENT) > 0) {
            throw CommandRejected.invalid("maturationExponent must be at most " + MAX_MATURATION_EXPONENT + ", got "
                    + text(maturationExponent));
        }
        nonNegative("stakePenaltyWindow", stakePenaltyWindow);
        nonNegative("claimCooldown", claimCooldown);
        if (maturation == null || maturation.isNegative() || maturation.isZero()) {
            throw CommandRejected.invalid("maturation must be a positive duration, got " + maturation);
        }
        ParameterLimits.duration("stakePenaltyWindow", stakePenaltyWindow, Duration.ZERO);
        ParameterLimits.duration("claimCooldown", claimCooldown, Duration.ZERO);
        ParameterLimits.duration("maturation", maturation, Duration.ofNanos(1));
        if (precision < 0 || precision > Decimals.SCALE) {
            throw CommandRejected.invalid("precision must be between 0 and " + Decimals.SCALE
                    + " fractional digits, got " + precision);
        }
    }

    /** Rounds a token amount down to the pool's precision and writes it at scale 18. */
    public BigDecimal roundDownToPrecision(BigDecimal amount) {
        return amount.setScale(precision, RoundingMode.DOWN).setScale(Decimals.SCALE, RoundingMode.UNNECESSARY);
    }

    /** The smallest token amount the pool can hold: 10^−precision. */
    public BigDecimal unit() {
        return BigDecimal.ONE.movePointLeft(precision);
    }

    private static BigDecimal orDefault(BigDecimal value, BigDecimal fallback) {
        return value == null ? fallback : value;
    }

    private static BigDecimal rate(String name, BigDecimal value) {
        return DecimalText.bounded(name, value);
    }

    private static void nonNegative(String name, Duration value) {
        if (value == null || value.isNegative()) {
            throw CommandRejected.invalid(name + " must not be negative, got " + value);
        }
    }

    private static String text(BigDecimal value) {
        return value == null ? "nothing" : Decimals.format(value);
    }
}
