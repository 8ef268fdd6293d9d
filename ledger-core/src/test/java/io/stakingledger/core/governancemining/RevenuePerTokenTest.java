package io.stakingledger.core.governancemining;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static io.stakingledger.core.governancemining.GovernanceMiningFixtures.DEFAULTS;
import static io.stakingledger.core.governancemining.GovernanceMiningFixtures.kdx;
import static io.stakingledger.core.governancemining.GovernanceMiningFixtures.perToken;
import static org.assertj.core.api.Assertions.assertThat;

class RevenuePerTokenTest {

    @Test
    void aSweepRaisesTheAccumulatorByFeesPerStakedToken() {
        assertThat(RevenuePerToken.riseRoundingDown(kdx("10"), kdx("1000"))).isEqualTo(perToken("0.01"));
    }

    @Test
    void theRiseIsRoundedDownAtThirtySixDigits() {
        assertThat(RevenuePerToken.riseRoundingDown(kdx("2"), kdx("3")))
                .isEqualTo(perToken("0.666666666666666666666666666666666666"));
    }

    @Test
    void theRewardCreditedIsRoundedDownAtThePoolPrecision() {
        BigDecimal rise = RevenuePerToken.riseRoundingDown(kdx("1"), kdx("3"));
        assertThat(RevenuePerToken.earnedRoundingDown(kdx("3"), rise, RevenuePerToken.ZERO, DEFAULTS))
                .isEqualTo(kdx("0.999999999999"));
    }

    @Test
    void theExactRewardKeepsEveryDigit() {
        BigDecimal rise = RevenuePerToken.riseRoundingDown(kdx("1"), kdx("3"));
        assertThat(RevenuePerToken.earnedExactly(kdx("3"), rise, RevenuePerToken.ZERO))
                .isEqualByComparingTo("0.999999999999999999999999999999999999");
    }

    @Test
    void anAccountEarnsOnlyTheRiseSinceItsStart() {
        assertThat(RevenuePerToken.earnedRoundingDown(kdx("50"), perToken("0.3"), perToken("0.1"), DEFAULTS))
                .isEqualTo(kdx("10"));
    }
}
