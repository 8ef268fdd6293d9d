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
        assertThatThrownBy(() -> PointsBoostParameters.defaults().withBaseBoost(new BigDecimal("1E+31")))
                .hasMessage("baseBoost has more than 30 integer digits");
        assertThatThrownBy(() -> PointsBoostParameters.defaults().withMultiplierPerDay(new BigDecimal("1E-19")))
                .hasMessage("multiplierPerDay has more than 18 decimal places: 0.0000000000000000001");
    }

    @Test
    void governanceMiningDurationsAndExponentAreBounded() {
        assertThat(GovernanceMiningParameters.defaults().withStakePenaltyWindow(Duration.ZERO)
                .withMaturation(Duration.ofDays(3_660)).withMaturationExponent(new BigDecimal("100"))
                .withClaimCooldown(Duration.ZERO)).isNotNull();
        assertThatThrownBy(() -> GovernanceMiningParameters.defaults().withMaturation(Duration.ofDays(99_999)))
                .hasMessageStartingWith("maturation must be between");
        assertThatThrownBy(() -> GovernanceMiningParameters.defaults().withStakePenaltyWindow(Duration.ofDays(3_661)))
                .hasMessageStartingWith("stakePenaltyWindow must be between");
        assertThatThrownBy(() -> GovernanceMiningParameters.defaults().withClaimCooldown(Duration.ofDays(4_000)))
                .hasMessageStartingWith("claimCooldown must be between");
        assertThatThrownBy(() -> GovernanceMiningParameters.defaults().withMaturationExponent(new BigDecimal("100.5")))
                .hasMessage("maturationExponent must be at most 100, got 100.5");
        assertThatThrownBy(() -> GovernanceMiningParameters.defaults().withMaturationExponent(new BigDecimal("1E+400")))
                .hasMessage("maturationExponent has more than 30 integer digits");
    }

    @Test
    void voteEscrowOffersAtMost32TermsAndAnUnlockWindowUpTo3660Days() {
        Map<String, BigDecimal> terms = new LinkedHashMap<>();
        IntStream.rangeClosed(1, 33).forEach(months -> terms.put(months + "M", BigDecimal.ONE));
        assertThatThrownBy(() -> VoteEscrowParameters.defaults().withTerms(terms))
                .hasMessage("terms may list at most 32 lock terms, got 33");
        assertThatThrownBy(() -> VoteEscrowParameters.defaults().withUnlockWindow(Duration.ofDays(3_661)))
                .hasMessageStartingWith("unlockWindow must be between");
        assertThatThrownBy(() -> VoteEscrowParameters.defaults().withDailyEmission(new BigDecimal("1E+31")))
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
