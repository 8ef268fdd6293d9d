package io.stakingledger.core.voteescrow;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** A vote-escrow pool was created with these parameters. */
@Revision("1")
public record VoteEscrowPoolCreated(String poolId, VoteEscrowParameters parameters, Instant at) implements VoteEscrowEvent {
}
