package io.stakingledger.core.voteescrow;

import org.axonframework.serialization.Revision;

import java.math.BigDecimal;
import java.time.Instant;

/** The account added {@code amount} vKSP of votes to {@code target} (18 decimals). */
@Revision("1")
public record VoteCast(String poolId, String account, String target, BigDecimal amount, Instant at) implements VoteEscrowEvent {
}
