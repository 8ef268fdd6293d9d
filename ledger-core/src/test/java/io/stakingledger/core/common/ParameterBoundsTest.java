package io.stakingledger.core.common;

import io.stakingledger.core.earlystaking.EarlyStakingParameters;
import io.stakingledger.core.governancemining.GovernanceMiningParameters;
import io.stakingledger.core.pointsboost.PointsBoostParameters;
import io.stakingledger.core.voteescrow.VoteEscrowParameters;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** No pool is created with parameters that could later overflow a view, a command or a replay. */
class ParameterBoundsTest {

    private static final Instant START = Instant.parse("2026-01-05T00:00:00Z");

    private static EarlyStakingParameters early(Integer epochs, Duration epochLength, Instant start) {
        EarlyStakingParameters parameters = EarlyStakingParameters.defaults(start).withEpochs(epochs);
        return epochLength == null ? parameters : parameters.withEpochLength(epochLength);
    }

    @Test
    void anEarlyStakingPoolHasAtMostAThousandEpochsAndNoScheduleIsBuiltBeyondThem() {
        assertThat(early(1_000, null, START).validate()).isNotNull();
        assertThatThrownBy(() -> early(1_001, null, START)).hasMessage("epochs must be at most 1000, got 1001");
        assertThatThrownBy(() -> early(Integer.MAX_VALUE, null, START))
                .hasMessage("epochs must be at most 1000, got 2147483647");
    }

    @Test
    void anEpochLastsBetweenOneSecondAnd3660Days() {
        assertThat(early(52, Duration.ofSeconds(1), START).validate()).isNotNull();
        assertThatThrownBy(() -> early(52, Duration.ofMillis(999), START).validate())
                .hasMessageStartingWith("epochLength must be between PT1S and PT87840H");
        assertThatThrownBy(() -> early(1, Duration.ofDays(3_661), START).validate())
                .hasMessageStartingWith("epochLength must be between");
        assertThatThrownBy(() -> early(52, Duration.ofHours(2_562_047_788_015_215L), START).validate())
                .hasMessageStartingWith("epochLength must be between");
    }

    @Test
    void theLastEpochEndsBy9999() {
        Instant late = Instant.parse("9990-01-01T00:00:00Z");
        assertThatThrownBy(() -> early(1_000, Duration.ofDays(7), late).validate())
                .hasMessageStartingWith("the last epoch would end at");
        assertThatThrownBy(() -> early(52, null, Instant.parse("1969-12-31T00:00:00Z")).validate())
                .hasMessageStartingWith("start must lie between");
    }

    @Test
    void earlyStakingAmountsStayWithinThirtyIntegerDigits() {
        assertThatThrownBy(() -> EarlyStakingParameters.defaults(START).withSaleSupply(new BigDecimal("1E+400"))).hasMessage("saleSupply has more than 30 integer digits");
        assertThatThrownBy(() -> EarlyStakingParameters.defaults(START).withEpochs(1)
                .withRewardSchedule(List.of(new BigDecimal("1E+40")))).hasMessage("rewardSchedule has more than 30 integer digits");
    }

    @Test
    void pointsBoostValuesStayWithinThirtyIntegerDigits() {
        assertThatThrownBy(() -> PointsBoostParameters.of(new BigDecimal("1E+31"), null, null, null, null))
                .hasMessage("baseBoost has more than 30 integer digits");
        assertThatThrownBy(() -> PointsBoostParameters.of(null, new BigDecimal("1E-19"), null, null, null))
                .hasMessage("multiplierPerDay has more than 18 decimal places: 0.0000000000000000001");
    }

    @Test
    void governanceMiningDurationsAndExponentAreBounded() {
        assertThat(GovernanceMiningParameters.of(null, Duration.ZERO, Duration.ofDays(3_660), new BigDecimal("100"),
                Duration.ZERO, null, null)).isNotNull();
        assertThatThrownBy(() -> GovernanceMiningParameters.of(null, null, Duration.ofDays(99_999), null, null, null, null))
                .hasMessageStartingWith("maturation must be between");
        assertThatThrownBy(() -> GovernanceMiningParameters.of(null, Duration.ofDays(3_661), null, null, null, null, null))
                .hasMessageStartingWith("stakePenaltyWindow must be between");
        assertThatThrownBy(() -> GovernanceMiningParameters.of(null, null, null, null, Duration.ofDays(4_000), null, null))
                .hasMessageStartingWith("claimCooldown must be between");
        assertThatThrownBy(() -> GovernanceMiningParameters.of(null, null, null, new BigDecimal("100.5"), null, null, null))
                .hasMessage("maturationExponent must be at most 100, got 100.5");
        assertThatThrownBy(() -> GovernanceMiningParameters.of(null, null, null, new BigDecimal("1E+400"), null, null, null))
                .hasMessage("maturationExponent has more than 30 integer digits");
    }

    @Test
    void voteEscrowOffersAtMost32TermsAndAnUnlockWindowUpTo3660Days() {
        Map<String, BigDecimal> terms = new LinkedHashMap<>();
        IntStream.rangeClosed(1, 33).forEach(months -> terms.put(months + "M", BigDecimal.ONE));
        assertThatThrownBy(() -> VoteEscrowParameters.of(terms, null, null, null, null))
                .hasMessage("terms may list at most 32 lock terms, got 33");
        assertThatThrownBy(() -> VoteEscrowParameters.of(null, Duration.ofDays(3_661), null, null, null))
                .hasMessageStartingWith("unlockWindow must be between");
        assertThatThrownBy(() -> VoteEscrowParameters.of(null, null, new BigDecimal("1E+31"), null, null))
                .hasMessage("dailyEmission has more than 30 integer digits");
    }

    @Test
    void aHugeAmountInACommandIsRefusedWithoutBeingExpanded() {
        assertThatThrownBy(() -> Inputs.positiveAmount("amount", new BigDecimal("1E+1000000")))
                .hasMessage("amount has more than 30 integer digits");
        assertThatThrownBy(() -> Inputs.positiveAmount("amount", new BigDecimal("1E-1000000")))
                .hasMessage("amount has more than 18 decimal places: 1E-1000000");
        assertThatThrownBy(() -> Inputs.time(Instant.parse("+10000-01-01T00:00:00Z")))
                .hasMessageStartingWith("at must lie between");
    }
}
