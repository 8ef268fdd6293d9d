package io.stakingledger.core.voteescrow;

import java.time.Instant;

/**
 * The renewal-relevant part of an account's lock, as folded from its events.
 *
 * @param lockEnd             the end as last recorded by an event
 * @param renewalAnchor       the end set by the last lock that moved it (or by EndRenewal); renewals count from here
 * @param renewalMonths       months of the account's longest term: the length of each renewal
 * @param renewalsSinceAnchor renewals already recorded since the anchor ({@code lockEnd = anchor + this × months})
 * @param selfRenewing        true for a {@code 12M+}-style lock that has not received EndRenewal
 */
public record LockPosition(Instant lockEnd, Instant renewalAnchor, int renewalMonths, long renewalsSinceAnchor,
                           boolean selfRenewing) {
}
