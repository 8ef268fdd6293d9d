package io.stakingledger.core.voteescrow;

import io.stakingledger.core.common.CreatePoolCommand;

import java.time.Instant;

/** Creates a vote-escrow pool with resolved parameters (see {@link VoteEscrowParameters#defaults}). */
public record CreateVoteEscrowPool(String poolId, VoteEscrowParameters parameters, Instant at, String commandId) implements CreatePoolCommand {
}
