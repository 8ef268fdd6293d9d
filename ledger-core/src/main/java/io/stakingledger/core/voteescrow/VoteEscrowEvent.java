package io.stakingledger.core.voteescrow;

import io.stakingledger.core.common.PoolEvent;

/** Every event of a vote-escrow pool, its creation included. */
public sealed interface VoteEscrowEvent extends PoolEvent
        permits VoteEscrowPoolCreated, KspLocked, LockRenewed, RenewalEnded, KspUnlocked, RewardsDistributed,
        VoteCast, PoolFeesRecorded, PriceSet {
}
