package io.stakingledger.core.earlystaking;

import io.stakingledger.core.common.CommandRejected;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EarlyStakingParametersTest {

    private static final Instant START = Instant.parse("2026-01-05T00:00:00Z");

    @Test
    void theEqualSplitFollowsTheTotalAndTheEpochsWhicheverIsGivenFirst() {
        EarlyStakingParameters totalFirst = EarlyStakingParameters.defaults(START)
                .withTotalReward(new BigDecimal("10")).withEpochs(3);
        EarlyStakingParameters epochsFirst = EarlyStakingParameters.defaults(START)
                .withEpochs(3).withTotalReward(new BigDecimal("10"));
        assertThat(totalFirst).isEqualTo(epochsFirst);
        assertThat(totalFirst.rewardSchedule()).isEqualTo(EarlyStakingParameters.equalSplit(new BigDecimal("10"), 3));
    }

    @Test
    void aGivenScheduleIsKeptAndAMismatchIsReportedByValidation() {
        List<BigDecimal> schedule = List.of(new BigDecimal("1"), new BigDecimal("9"));
        EarlyStakingParameters parameters = EarlyStakingParameters.defaults(START).withEpochs(2)
                .withRewardSchedule(schedule).withTotalReward(new BigDecimal("11"));
        assertThat(parameters.rewardSchedule()).containsExactly(new BigDecimal("1.000000000000000000"),
                new BigDecimal("9.000000000000000000"));
        assertThatThrownBy(parameters::validate).isInstanceOf(CommandRejected.class)
                .hasMessage("rewardSchedule sums to 10 but totalReward is 11");
    }

    @Test
    void aStartIsRequired() {
        assertThatThrownBy(() -> EarlyStakingParameters.defaults(null))
                .hasMessage("start (instant of the first epoch) is required");
        assertThatThrownBy(() -> EarlyStakingParameters.defaults(START).withStart(null))
                .hasMessage("start (instant of the first epoch) is required");
    }

    @Test
    void epochsOutOfRangeAreRejectedWhenGiven() {
        assertThatThrownBy(() -> EarlyStakingParameters.defaults(START).withEpochs(0))
                .hasMessage("epochs must be at least 1, got 0");
    }
}
