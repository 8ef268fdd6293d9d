package io.stakingledger.app.earlystaking;

import io.stakingledger.core.common.fields.Doc;
import io.stakingledger.core.common.fields.MaxEntries;
import io.stakingledger.core.common.fields.OptionalField;
import io.stakingledger.core.common.fields.WholeNumber;
import io.stakingledger.core.earlystaking.EarlyStakingParameters;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.BiFunction;

/**
 * {@code CreatePool} params of an early-staking pool as received; an omitted one takes its docs/domain/early-staking.md default
 * ({@code start}: the creation time). Amounts and shares at most 18 decimals.
 */
public record EarlyStakingParams(
        @OptionalField @Doc(value = "Q: KASH sold in the initial sale (default 5000000)", example = "5000000")
        BigDecimal saleSupply,
        @OptionalField @Doc(value = "a: EPB at the start of the sale (default 10)", example = "10")
        BigDecimal epbStart,
        @OptionalField @Doc(value = "b: EPB at the end of the sale (default 3)", example = "3")
        BigDecimal epbEnd,
        @OptionalField @Doc(value = "c: shares the whole sale mints (default 30000000)", example = "30000000")
        BigDecimal saleShares,
        @OptionalField @Doc(value = "ε: safety margin so rounding never breaks a cap (default 0.000001)",
                example = "0.000001")
        BigDecimal epsilon,
        @OptionalField @Doc(value = "maximum total weighted shares (default 30000000)", example = "30000000")
        BigDecimal shareCap,
        @OptionalField @Doc(value = "KASH distributed over the pool's life (default 30000000)", example = "30000000")
        BigDecimal totalReward,
        @OptionalField @WholeNumber(min = 1, max = EarlyStakingParameters.MAX_EPOCHS)
        @Doc(value = "N: number of reward epochs (default 52)", example = "52")
        Integer epochs,
        @OptionalField @Doc(value = "length of one epoch, ISO-8601 (default P7D)", example = "P7D")
        Duration epochLength,
        @OptionalField @Doc(value = "when the first epoch begins (default: the creation time)",
                example = "2026-01-01T00:00:00Z")
        Instant start,
        @OptionalField @MaxEntries(EarlyStakingParameters.MAX_EPOCHS)
        @Doc(value = "each epoch's reward, N entries summing to totalReward (default: equal parts)")
        List<BigDecimal> rewardSchedule) {

    /**
     * The defaults with each given param in place. The order is the order in which a rejection is reported
     * when several params are out of range: the total, the epochs and the schedule come first.
     */
    EarlyStakingParameters resolve(Instant createdAt) {
        EarlyStakingParameters p = EarlyStakingParameters.defaults(start == null ? createdAt : start);
        p = given(p, totalReward, EarlyStakingParameters::withTotalReward);
        p = given(p, epochs, EarlyStakingParameters::withEpochs);
        p = given(p, rewardSchedule, EarlyStakingParameters::withRewardSchedule);
        p = given(p, saleSupply, EarlyStakingParameters::withSaleSupply);
        p = given(p, epbStart, EarlyStakingParameters::withEpbStart);
        p = given(p, epbEnd, EarlyStakingParameters::withEpbEnd);
        p = given(p, saleShares, EarlyStakingParameters::withSaleShares);
        p = given(p, epsilon, EarlyStakingParameters::withEpsilon);
        p = given(p, shareCap, EarlyStakingParameters::withShareCap);
        return given(p, epochLength, EarlyStakingParameters::withEpochLength);
    }

    private static <T> EarlyStakingParameters given(EarlyStakingParameters parameters, T value,
                                                    BiFunction<EarlyStakingParameters, T, EarlyStakingParameters> with) {
        return value == null ? parameters : with.apply(parameters, value);
    }
}
