package io.stakingledger.projections;

import java.time.Instant;

/** One line of the pool directory: which program a pool runs, when it was created and when it last changed. */
public record PoolSummary(String pool, String program, Instant createdAt, Instant lastEventAt) {
}
