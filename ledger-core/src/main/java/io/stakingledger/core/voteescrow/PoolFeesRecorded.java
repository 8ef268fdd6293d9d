package io.stakingledger.core.voteescrow;

import org.axonframework.serialization.Revision;

import java.math.BigDecimal;
import java.time.Instant;

/** {@code target}'s trade fees over the last 24 hours were {@code fees} USD (18 decimals). */
@Revision("1")
public record PoolFeesRecorded(String poolId, String target, BigDecimal fees, Instant at) implements VoteEscrowEvent {
}
