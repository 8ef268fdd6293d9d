package io.stakingledger.app.governancemining;

import io.stakingledger.core.common.CommandRejected;
import io.stakingledger.core.common.Decimals;
import io.stakingledger.core.common.fields.Doc;
import io.stakingledger.core.common.fields.OptionalField;
import io.stakingledger.core.governancemining.GovernanceMiningParameters;

import java.math.BigDecimal;
import java.time.Duration;

/**
 * {@code CreatePool} params of a governance-mining pool as received; every one optional (docs/domain/governance-mining.md
 * defaults). Durations are ISO-8601 ({@code "PT72H"}, {@code "P60D"}). {@code precision} is read as a decimal
 * so that a fractional value is rejected instead of being truncated to an integer.
 */
public record GovernanceMiningParams(
        @OptionalField @Doc(value = "share of an unstake burned inside the stake penalty window (default 0.03)", example = "0.03")
        BigDecimal stakePenalty,
        @OptionalField @Doc(value = "window after an inclusion in which unstaking is penalized (default PT72H)", example = "PT72H")
        Duration stakePenaltyWindow,
        @OptionalField @Doc(value = "time until a reward is fully matured (default P60D)", example = "P60D")
        Duration maturation,
        @OptionalField @Doc(value = "exponent of the maturation penalty curve (default 0.66)", example = "0.66")
        BigDecimal maturationExponent,
        @OptionalField @Doc(value = "least time between two claims of an account (default P7D)", example = "P7D")
        Duration claimCooldown,
        @OptionalField @Doc(value = "share of swept fees paid to stakers (default 0.0005)", example = "0.0005")
        BigDecimal feeShare,
        @OptionalField @Doc(value = "fractional digits of staked amounts, a whole number from 0 to 18 (default 12)", example = "12")
        BigDecimal precision) {

    /**
     * The defaults with each given value in place, applied in the order the former whole-record check took
     * them, so a request with several bad values is still refused by the same message in nearly every case.
     */
    GovernanceMiningParameters resolve() {
        GovernanceMiningParameters parameters = GovernanceMiningParameters.defaults();
        if (precision != null) {
            parameters = parameters.withPrecision(precisionDigits());
        }
        if (stakePenalty != null) {
            parameters = parameters.withStakePenalty(stakePenalty);
        }
        if (feeShare != null) {
            parameters = parameters.withFeeShare(feeShare);
        }
        if (maturationExponent != null) {
            parameters = parameters.withMaturationExponent(maturationExponent);
        }
        if (stakePenaltyWindow != null) {
            parameters = parameters.withStakePenaltyWindow(stakePenaltyWindow);
        }
        if (claimCooldown != null) {
            parameters = parameters.withClaimCooldown(claimCooldown);
        }
        if (maturation != null) {
            parameters = parameters.withMaturation(maturation);
        }
        return parameters;
    }

    private int precisionDigits() {
        if (precision.stripTrailingZeros().scale() > 0) {
            throw CommandRejected.invalid("precision must be a whole number of fractional digits, got "
                    + precision.toPlainString());
        }
        if (precision.signum() < 0 || precision.compareTo(BigDecimal.valueOf(Decimals.SCALE)) > 0) {
            throw CommandRejected.invalid("precision must be between 0 and " + Decimals.SCALE
                    + " fractional digits, got " + Decimals.format(precision));
        }
        return precision.intValueExact();
    }
}
