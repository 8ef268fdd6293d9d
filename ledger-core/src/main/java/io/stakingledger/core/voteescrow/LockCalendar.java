package io.stakingledger.core.voteescrow;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;

/**
 * Lock dates. Months are calendar months in UTC: a lock of n months made at instant t ends at the same
 * day of month and time of day n months later, in UTC; when that month is shorter the day is clamped
 * to its last day (31 January + 1 month = 28 or 29 February, same time of day).
 *
 * <p>Automatic renewal is a pure function of the lock and an instant, so a query at t and a command at
 * t agree and no timer is needed. Renewals count from the lock's <em>anchor</em> (the end set by the last
 * lock that moved it, or by {@code EndRenewal}): the k-th renewal ends at {@code anchor + k × term
 * months}. Counting from the anchor rather than from each previous end keeps the day of month stable
 * across clamped months (31 October → 28 February → 30 June, not 28 June) and lets the k of a given
 * instant be found in constant time, however many renewals have passed.
 */
public final class LockCalendar {

    private LockCalendar() {
    }

    /** {@code t} plus {@code months} calendar months in UTC, clamping the day to the month's end. */
    public static Instant plusMonths(Instant t, long months) {
        return t.atZone(ZoneOffset.UTC).plusMonths(months).toInstant();
    }

    /**
     * The lock as it stands at {@code t}, after every automatic renewal that {@code t} has crossed.
     *
     * <p>A plain lock renews when its unlock window has passed: a lock ending at E may be unlocked in
     * [E, E + window) and renews at E + window. A self-renewing lock renews at every end (at t = E it has
     * already renewed), so it has no window.
     *
     * @param lock the lock as folded from its events
     * @param unlockWindow the pool's unlock window
     * @param t the instant of the command or query
     */
    public static EffectiveLock effective(LockPosition lock, Duration unlockWindow, Instant t) {
        Instant threshold = lock.selfRenewing() ? t : t.minus(unlockWindow);
        if (lock.lockEnd().isAfter(threshold)) {
            return EffectiveLock.of(lock.lockEnd(), lock.selfRenewing(), unlockWindow, 0);
        }
        long k = firstRenewalEndingAfter(lock.renewalAnchor(), lock.renewalMonths(), lock.renewalsSinceAnchor(), threshold);
        Instant end = plusMonths(lock.renewalAnchor(), k * lock.renewalMonths());
        return EffectiveLock.of(end, lock.selfRenewing(), unlockWindow, k - lock.renewalsSinceAnchor());
    }

    /** Smallest k greater than {@code done} with anchor + k × months after {@code threshold}; constant time. */
    static long firstRenewalEndingAfter(Instant anchor, int months, long done, Instant threshold) {
        ZonedDateTime from = anchor.atZone(ZoneOffset.UTC);
        long elapsedMonths = Math.max(0, from.until(threshold.atZone(ZoneOffset.UTC), ChronoUnit.MONTHS));
        long k = Math.max(done + 1, elapsedMonths / months);
        while (k - 1 > done && plusMonths(anchor, (k - 1) * months).isAfter(threshold)) {
            k--;
        }
        while (!plusMonths(anchor, k * months).isAfter(threshold)) {
            k++;
        }
        return k;
    }
}
