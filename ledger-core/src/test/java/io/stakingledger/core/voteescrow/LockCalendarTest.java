package io.stakingledger.core.voteescrow;

import io.stakingledger.core.common.SeededCases;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static io.stakingledger.core.voteescrow.VoteEscrowTestData.at;
import static org.assertj.core.api.Assertions.assertThat;

class LockCalendarTest {

    private static final Duration WEEK = Duration.ofDays(7);

    @Test
    void monthsAreCalendarMonthsInUtcClampedToTheMonthsLastDay() {
        assertThat(LockCalendar.plusMonths(at("2024-01-31T12:00:00Z"), 1)).isEqualTo(at("2024-02-29T12:00:00Z"));
        assertThat(LockCalendar.plusMonths(at("2024-10-31T23:30:00Z"), 4)).isEqualTo(at("2025-02-28T23:30:00Z"));
        assertThat(LockCalendar.plusMonths(at("2024-01-15T00:00:00Z"), 12)).isEqualTo(at("2025-01-15T00:00:00Z"));
    }

    @Test
    void renewalsCountFromTheAnchorSoTheDayOfMonthIsKept() {
        LockPosition lock = new LockPosition(at("2024-01-31T00:00:00Z"), at("2024-01-31T00:00:00Z"), 1, 0, false);
        EffectiveLock effective = LockCalendar.effective(lock, WEEK, at("2024-03-10T00:00:00Z"));
        assertThat(effective.lockEnd()).isEqualTo(at("2024-03-31T00:00:00Z"));
        assertThat(effective.renewalsPending()).isEqualTo(2);
    }

    @Test
    void thePlainLockRenewsWhenItsWindowEndsNotBefore() {
        LockPosition lock = new LockPosition(at("2024-05-15T00:00:00Z"), at("2024-05-15T00:00:00Z"), 4, 0, false);
        assertThat(LockCalendar.effective(lock, WEEK, at("2024-05-21T23:59:59Z")).lockEnd()).isEqualTo(at("2024-05-15T00:00:00Z"));
        assertThat(LockCalendar.effective(lock, WEEK, at("2024-05-22T00:00:00Z")).lockEnd()).isEqualTo(at("2024-09-15T00:00:00Z"));
    }

    @Test
    void theSelfRenewingLockRenewsAtItsEnd() {
        LockPosition lock = new LockPosition(at("2025-01-15T00:00:00Z"), at("2025-01-15T00:00:00Z"), 12, 0, true);
        EffectiveLock atEnd = LockCalendar.effective(lock, WEEK, at("2025-01-15T00:00:00Z"));
        assertThat(atEnd.lockEnd()).isEqualTo(at("2026-01-15T00:00:00Z"));
        assertThat(atEnd.unlockWindowEnd()).isNull();
        assertThat(atEnd.unlockableAt(at("2025-01-15T00:00:00Z"))).isFalse();
    }

    @Test
    void farFutureRenewalsMatchCountingThemOneByOne() {
        LockPosition lock = new LockPosition(at("2024-01-31T00:00:00Z"), at("2024-01-31T00:00:00Z"), 4, 0, false);
        Instant query = at("2524-03-05T00:00:00Z");
        long k = 0;
        while (!LockCalendar.plusMonths(lock.renewalAnchor(), k * 4).plus(WEEK).isAfter(query)) {
            k++;
        }
        EffectiveLock effective = LockCalendar.effective(lock, WEEK, query);
        assertThat(effective.renewalsPending()).isEqualTo(k);
        assertThat(effective.lockEnd()).isEqualTo(LockCalendar.plusMonths(lock.renewalAnchor(), k * 4));
    }

    /**
     * A command at t1 records the renewals it crossed; a later query at t2 must see the same lock as a
     * query at t2 on the unrecorded lock. This is what lets the fold and the views agree.
     */
    @Test
    void recordingRenewalsEarlierNeverChangesALaterView() {
        SeededCases.check(1000, random -> {
            int firstDays = random.intBetween(0, 3000);
            int moreDays = random.intBetween(0, 3000);
            int months = random.oneOf(4, 8, 12);
            boolean selfRenewing = random.bool();
            int secondOfDay = random.intBetween(0, 86_399);
            Instant end = at("2024-01-31T00:00:00Z").plusSeconds(secondOfDay);
            LockPosition lock = new LockPosition(end, end, months, 0, selfRenewing);
            Instant t1 = end.plus(Duration.ofDays(firstDays));
            Instant t2 = t1.plus(Duration.ofDays(moreDays));

            EffectiveLock atT1 = LockCalendar.effective(lock, WEEK, t1);
            LockPosition recorded = new LockPosition(atT1.lockEnd(), end, months, atT1.renewalsPending(), selfRenewing);

            EffectiveLock direct = LockCalendar.effective(lock, WEEK, t2);
            EffectiveLock afterRecording = LockCalendar.effective(recorded, WEEK, t2);
            assertThat(afterRecording.lockEnd()).as("lock end, %s, t1 %s, t2 %s", lock, t1, t2).isEqualTo(direct.lockEnd());
            assertThat(atT1.renewalsPending() + afterRecording.renewalsPending()).as("renewals, %s, t1 %s, t2 %s", lock, t1, t2)
                    .isEqualTo(direct.renewalsPending());
        });
    }
}
