package io.stakingledger.core.voteescrow;

import org.axonframework.serialization.Revision;

import java.math.BigDecimal;
import java.time.Instant;

/** The pool-wide KSP price became {@code price} USD per KSP (18 decimals). */
@Revision("1")
public record PriceSet(String poolId, BigDecimal price, Instant at) implements VoteEscrowEvent {
}
