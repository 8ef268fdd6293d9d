package io.stakingledger.core.governancemining;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static io.stakingledger.core.governancemining.GovernanceMiningFixtures.kdx;
import static org.assertj.core.api.Assertions.assertThat;

class FeeShareEstimateTest {

    @Test
    void theEstimateIsVolumeTimesFeeShareTimesStakeShareTimesDays() {
        // 2,000,000 USD/day × 0.0005 × 1 / 4 × 7 days = 1,750 USD.
        assertThat(FeeShareEstimate.usd(new BigDecimal("2000000"), new BigDecimal("0.0005"), kdx("25"), kdx("100"),
                new BigDecimal("7"))).isEqualTo(kdx("1750"));
    }

    @Test
    void theEstimateIsRoundedDownAtEighteenDigits() {
        assertThat(FeeShareEstimate.usd(BigDecimal.ONE, BigDecimal.ONE, kdx("1"), kdx("3"), BigDecimal.ONE))
                .isEqualTo(kdx("0.333333333333333333"));
    }

    @Test
    void withNothingStakedTheEstimateIsZero() {
        assertThat(FeeShareEstimate.usd(new BigDecimal("1000"), new BigDecimal("0.0005"), kdx("0"), kdx("0"),
                BigDecimal.ONE)).isEqualTo(kdx("0"));
    }
}
