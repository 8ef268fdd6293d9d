package io.stakingledger.core.governancemining;

import io.stakingledger.core.common.Amount;
import io.stakingledger.core.common.CommandRejected;
import io.stakingledger.core.common.DecimalText;
import io.stakingledger.core.common.Decimals;
import io.stakingledger.core.common.ParameterLimits;
import io.stakingledger.core.common.Rounding;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;

/**
 * Parameters of one governance-mining pool (docs/domain/governance-mining.md). Rates are plain fractions (0.03 = 3 %).
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

    /**
     * The defaults of docs/domain/governance-mining.md; change one with its {@code with…} method. Every parameter of this
     * program has a default, so nothing is asked for.
     */
    public static GovernanceMiningParameters defaults() {
        return new GovernanceMiningParameters(rate("stakePenalty", DEFAULT_STAKE_PENALTY), DEFAULT_STAKE_PENALTY_WINDOW,
                DEFAULT_MATURATION, DEFAULT_MATURATION_EXPONENT, DEFAULT_CLAIM_COOLDOWN,
                rate("feeShare", DEFAULT_FEE_SHARE), DEFAULT_PRECISION);
    }

    /**
     * These parameters with another unstake penalty, kept at scale 18.
     *
     * @throws CommandRejected unless 0 ≤ value &lt; 1 within the decimal bounds
     */
    public GovernanceMiningParameters withStakePenalty(BigDecimal value) {
        BigDecimal checked = checkStakePenalty(rate("stakePenalty", value));
        return new GovernanceMiningParameters(checked, stakePenaltyWindow, maturation, maturationExponent,
                claimCooldown, feeShare, precision);
    }

    /** @throws CommandRejected unless 0 ≤ value ≤ {@link ParameterLimits#MAX_DURATION} */
    public GovernanceMiningParameters withStakePenaltyWindow(Duration value) {
        Duration checked = checkStakePenaltyWindow(value);
        return new GovernanceMiningParameters(stakePenalty, checked, maturation, maturationExponent,
                claimCooldown, feeShare, precision);
    }

    /** @throws CommandRejected unless 1 ns ≤ value ≤ {@link ParameterLimits#MAX_DURATION} */
    public GovernanceMiningParameters withMaturation(Duration value) {
        Duration checked = checkMaturation(value);
        return new GovernanceMiningParameters(stakePenalty, stakePenaltyWindow, checked, maturationExponent,
                claimCooldown, feeShare, precision);
    }

    /** @throws CommandRejected unless 0 &lt; value ≤ {@link #MAX_MATURATION_EXPONENT} within the decimal bounds */
    public GovernanceMiningParameters withMaturationExponent(BigDecimal value) {
        BigDecimal checked = checkMaturationExponent(value);
        return new GovernanceMiningParameters(stakePenalty, stakePenaltyWindow, maturation, checked,
                claimCooldown, feeShare, precision);
    }

    /** @throws CommandRejected unless 0 ≤ value ≤ {@link ParameterLimits#MAX_DURATION} */
    public GovernanceMiningParameters withClaimCooldown(Duration value) {
        Duration checked = checkClaimCooldown(value);
        return new GovernanceMiningParameters(stakePenalty, stakePenaltyWindow, maturation, maturationExponent,
                checked, feeShare, precision);
    }

    /**
     * These parameters with another fee share, kept at scale 18.
     *
     * @throws CommandRejected unless 0 ≤ value ≤ 1 within the decimal bounds
     */
    public GovernanceMiningParameters withFeeShare(BigDecimal value) {
        BigDecimal checked = checkFeeShare(rate("feeShare", value));
        return new GovernanceMiningParameters(stakePenalty, stakePenaltyWindow, maturation, maturationExponent,
                claimCooldown, checked, precision);
    }

    /** @throws CommandRejected unless 0 ≤ value ≤ 18 */
    public GovernanceMiningParameters withPrecision(int value) {
        int checked = checkPrecision(value);
        return new GovernanceMiningParameters(stakePenalty, stakePenaltyWindow, maturation, maturationExponent,
                claimCooldown, feeShare, checked);
    }

    /**
     * Checks ranges; throws {@link CommandRejected} naming the offending value. Durations are at most
     * {@link ParameterLimits#MAX_DURATION} and the maturation exponent at most
     * {@link #MAX_MATURATION_EXPONENT}, so no penalty or view can overflow.
     */
    public void validate() {
        checkStakePenalty(stakePenalty);
        checkFeeShare(feeShare);
        checkMaturationExponent(maturationExponent);
        nonNegative("stakePenaltyWindow", stakePenaltyWindow);
        nonNegative("claimCooldown", claimCooldown);
        positive("maturation", maturation);
        ParameterLimits.duration("stakePenaltyWindow", stakePenaltyWindow, Duration.ZERO);
        ParameterLimits.duration("claimCooldown", claimCooldown, Duration.ZERO);
        ParameterLimits.duration("maturation", maturation, Duration.ofNanos(1));
        checkPrecision(precision);
    }

    /**
     * Rounds a token amount down to the pool's precision and writes it at scale 18. Used for the penalties,
     * which round down although they are burned: the rest is paid, so the rounding only decides which
     * side the last unit falls on, and docs/domain/governance-mining.md gives it to the holder. No {@link Rounding} reason says
     * that yet, hence the plain direction here.
     */
    public BigDecimal roundDownToPrecision(BigDecimal amount) {
        return amount.setScale(precision, RoundingMode.DOWN).setScale(Decimals.SCALE, RoundingMode.UNNECESSARY);
    }

    /** An exact token amount rounded to the pool's precision for {@code reason}, as an amount at scale 18. */
    public Amount roundToPrecision(BigDecimal exact, Rounding reason) {
        return Amount.of(exact.setScale(precision, reason.mode()));
    }

    /** The smallest token amount the pool can hold: 10^−precision. */
    public BigDecimal unit() {
        return BigDecimal.ONE.movePointLeft(precision);
    }

    private static BigDecimal checkStakePenalty(BigDecimal value) {
        if (value == null || value.signum() < 0 || value.compareTo(BigDecimal.ONE) >= 0) {
            throw CommandRejected.invalid("stakePenalty must be at least 0 and below 1, got " + text(value));
        }
        return value;
    }

    private static BigDecimal checkFeeShare(BigDecimal value) {
        if (value == null || value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
            throw CommandRejected.invalid("feeShare must be between 0 and 1, got " + text(value));
        }
        return value;
    }

    /** Kept as given, not brought to scale 18: stored creation events have always held it so. */
    private static BigDecimal checkMaturationExponent(BigDecimal value) {
        if (value != null) {
            DecimalText.bounded("maturationExponent", value);
        }
        if (value == null || value.signum() <= 0) {
            throw CommandRejected.invalid("maturationExponent must be positive, got " + text(value));
        }
        if (value.compareTo(MAX_MATURATION_EXPONENT) > 0) {
            throw CommandRejected.invalid("maturationExponent must be at most " + MAX_MATURATION_EXPONENT + ", got "
                    + text(value));
        }
        return value;
    }

    private static Duration checkStakePenaltyWindow(Duration value) {
        nonNegative("stakePenaltyWindow", value);
        return ParameterLimits.duration("stakePenaltyWindow", value, Duration.ZERO);
    }

    private static Duration checkClaimCooldown(Duration value) {
        nonNegative("claimCooldown", value);
        return ParameterLimits.duration("claimCooldown", value, Duration.ZERO);
    }

    private static Duration checkMaturation(Duration value) {
        positive("maturation", value);
        return ParameterLimits.duration("maturation", value, Duration.ofNanos(1));
    }

    private static int checkPrecision(int value) {
        if (value < 0 || value > Decimals.SCALE) {
            throw CommandRejected.invalid("precision must be between 0 and " + Decimals.SCALE
                    + " fractional digits, got " + value);
        }
        return value;
    }

    private static BigDecimal rate(String name, BigDecimal value) {
        return DecimalText.bounded(name, value);
    }

    private static void nonNegative(String name, Duration value) {
        if (value == null || value.isNegative()) {
            throw CommandRejected.invalid(name + " must not be negative, got " + value);
        }
    }

    private static void positive(String name, Duration value) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw CommandRejected.invalid(name + " must be a positive duration, got " + value);
        }
    }

    private static String text(BigDecimal value) {
        return value == null ? "nothing" : Decimals.format(value);
    }
}
