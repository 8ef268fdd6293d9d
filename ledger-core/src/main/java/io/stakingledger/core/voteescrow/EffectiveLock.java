package io.stakingledger.core.voteescrow;

import java.time.Duration;
import java.time.Instant;

/**
 * An account's lock at a given instant, after automatic renewals.
 *
 * @param lockEnd          when the current lock period ends
 * @param unlockWindowEnd  end (exclusive) of the unlock window that opens at {@code lockEnd}; {@code null}
 *                         for a self-renewing lock, which has no window
 * @param renewalsPending  renewals crossed since the last recorded end (0 when nothing renewed)
 */
public record EffectiveLock(Instant lockEnd, Instant unlockWindowEnd, long renewalsPending) {

    static EffectiveLock of(Instant lockEnd, boolean selfRenewing, Duration unlockWindow, long renewals) {
        return new EffectiveLock(lockEnd, selfRenewing ? null : lockEnd.plus(unlockWindow), renewals);
    }

    public boolean selfRenewing() {
        return unlockWindowEnd == null;
    }

    /** True when {@code t} lies in [lockEnd, unlockWindowEnd): the only time Unlock is accepted. */
    public boolean unlockableAt(Instant t) {
        return unlockWindowEnd != null && !t.isBefore(lockEnd) && t.isBefore(unlockWindowEnd);
    }
}
