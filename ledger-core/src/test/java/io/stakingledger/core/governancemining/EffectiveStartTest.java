package io.stakingledger.core.governancemining;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static io.stakingledger.core.governancemining.GovernanceMiningFixtures.T0;
import static io.stakingledger.core.governancemining.GovernanceMiningFixtures.days;
import static io.stakingledger.core.governancemining.GovernanceMiningFixtures.kdx;
import static org.assertj.core.api.Assertions.assertThat;

class EffectiveStartTest {

    private static final Duration MATURATION = Duration.ofDays(60);

    private static Instant afterAdding(String previousStake, String added, Instant effectiveStart, Instant now) {
        return EffectiveStart.afterInclusion(effectiveStart, now, kdx(previousStake), kdx(added), MATURATION);
    }

    @Test
    void aNewStakerStartsTheCurveAtItsInclusion() {
        assertThat(EffectiveStart.afterInclusion(null, days(3), kdx("0"), kdx("100"), MATURATION)).isEqualTo(days(3));
    }

    @Test
    void anAccountThatUnstakedEverythingStartsAgainAtItsInclusion() {
        assertThat(afterAdding("0", "100", T0, days(20))).isEqualTo(days(20));
    }

    @Test
    void doublingTheStakeAfter15DaysHalvesTheProgressTo7AndAHalfDays() {
        Instant now = days(15);
        assertThat(Duration.between(afterAdding("100", "100", T0, now), now)).isEqualTo(Duration.ofHours(180));
    }

    @Test
    void addingAThirdOfTheNewStakeAfter30DaysKeepsTwoThirdsOfTheProgress() {
        Instant now = days(30);
        assertThat(Duration.between(afterAdding("200", "100", T0, now), now)).isEqualTo(Duration.ofDays(20));
    }

    @Test
    void addingAfterMaturityMovesBackFromSixtyDaysNotFromTheWholeTime() {
        Instant now = days(90);
        // passed is capped at 60 days: 60 × 300 / 400 = 45 days of progress kept.
        assertThat(Duration.between(afterAdding("300", "100", T0, now), now)).isEqualTo(Duration.ofDays(45));
    }

    @Test
    void aTinyAddNearMaturityBarelyMovesTheStart() {
        Instant now = days(59);
        Instant start = afterAdding("1000000", "1", T0, now);
        // 59 days × 1 / 1,000,001, rounded up to whole nanoseconds: 5,097,594,902.405... ns → ...903 ns later.
        assertThat(Duration.between(T0, start)).isEqualTo(Duration.ofNanos(5_097_594_903L));
    }

    @Test
    void theOffsetRoundsUpToTheLaterNanosecond() {
        Instant now = T0.plusNanos(10);
        // passed 10 ns × 1 / 3 = 3.33 ns → 4 ns after the base: progress 6 ns, never 7.
        Instant start = afterAdding("2", "1", T0, now);
        assertThat(Duration.between(start, now)).isEqualTo(Duration.ofNanos(6));
    }
}
