package io.stakingledger.core.governancemining;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;

import static io.stakingledger.core.governancemining.GovernanceMiningFixtures.DEFAULTS;
import static io.stakingledger.core.governancemining.GovernanceMiningFixtures.kdx;
import static org.assertj.core.api.Assertions.assertThat;

/** Reference values computed independently with mpmath at 80 digits, rounded half-even to 34. */
class MaturationPenaltyTest {

    private static final Duration SIXTY_DAYS = Duration.ofDays(60);
    private static final BigDecimal EXPONENT = new BigDecimal("0.66");

    private static BigDecimal rateAfter(Duration s) {
        return MaturationPenalty.rate(s, SIXTY_DAYS, EXPONENT);
    }

    @Test
    void aClaimAtTheEffectiveStartBurnsTheWholeReward() {
        assertThat(rateAfter(Duration.ZERO)).isEqualByComparingTo("1");
    }

    @Test
    void aClaimAfter15DaysBurns0Point75ToThe0Point66() {
        assertThat(rateAfter(Duration.ofDays(15))).isEqualTo(new BigDecimal("0.8270665068220786854813622064913423"));
    }

    @Test
    void aClaimAfter30DaysBurnsHalfToThe0Point66() {
        assertThat(rateAfter(Duration.ofDays(30))).isEqualTo(new BigDecimal("0.6328782969851399783354142018982132"));
    }

    @Test
    void aClaimAfter59Point99DaysStillBurnsAFractionOfAPercent() {
        Duration s = Duration.ofSeconds(5_183_136); // 59.99 days
        assertThat(rateAfter(s)).isEqualTo(new BigDecimal("0.003209372853020709240446536452052393"));
    }

    @Test
    void aClaimAfter60DaysBurnsNothing() {
        assertThat(rateAfter(SIXTY_DAYS)).isEqualByComparingTo("0");
        assertThat(rateAfter(Duration.ofDays(400))).isEqualByComparingTo("0");
    }

    @Test
    void theRateIsComputedAtThirtyFourSignificantDigits() {
        assertThat(rateAfter(Duration.ofDays(15)).precision()).isEqualTo(34);
    }

    @Test
    void theRateFallsAsTheClaimWaits() {
        BigDecimal previous = BigDecimal.ONE;
        for (int day = 1; day < 60; day++) {
            BigDecimal rate = rateAfter(Duration.ofDays(day));
            assertThat(rate).isLessThan(previous).isPositive();
            previous = rate;
        }
    }

    @Test
    void thePenaltyIsRoundedDownAtTheTwelveDigitPrecision() {
        // 10 × 0.8270665068220786... = 8.270665068220786...; twelve digits kept, the rest dropped.
        BigDecimal penalty = MaturationPenalty.penalty(kdx("10"), rateAfter(Duration.ofDays(15)), DEFAULTS);
        assertThat(penalty).isEqualTo(kdx("8.270665068220"));
    }

    @Test
    void aPenaltyJustBelowOneUnitRoundsToNothing() {
        BigDecimal penalty = MaturationPenalty.penalty(kdx("0.000000000001"), new BigDecimal("0.99"), DEFAULTS);
        assertThat(penalty).isEqualTo(kdx("0"));
    }
}
