package io.stakingledger.core.governancemining;

import io.stakingledger.core.common.PoolEvent;

/** Every event of a governance-mining pool, its creation included. */
public sealed interface GovernanceMiningEvent extends PoolEvent
        permits GovernanceMiningPoolCreated, StakeRequested, PendingStakeIncluded, FeesSwept, Unstaked, RewardClaimed {
}
