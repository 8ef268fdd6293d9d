package io.stakingledger.core.voteescrow;

import io.stakingledger.core.common.PoolCommand;

/** Every command to an existing vote-escrow pool; creation is {@link CreateVoteEscrowPool}. */
public sealed interface VoteEscrowCommand extends PoolCommand
        permits Lock, Unlock, EndRenewal, DistributeRewards, Vote, RecordPoolFees, SetPrice {
}
