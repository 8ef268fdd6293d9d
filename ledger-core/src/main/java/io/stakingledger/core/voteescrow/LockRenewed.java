package io.stakingledger.core.voteescrow;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * The account's lock renewed automatically {@code renewals} times for {@code term} (its longest term),
 * from {@code previousEnd} to {@code lockEnd}. Recorded when a command for the account first crosses
 * the renewal; the views compute the same renewal from the lock and the query's instant.
 */
@Revision("1")
public record LockRenewed(String poolId, String account, String term, Instant previousEnd, Instant lockEnd,
                          long renewals, Instant at) implements VoteEscrowEvent {
}
