package io.stakingledger.core.governancemining;

import io.stakingledger.core.common.PoolCommand;

/** Every command to an existing governance-mining pool; creation is {@link CreateGovernanceMiningPool}. */
public sealed interface GovernanceMiningCommand extends PoolCommand
        permits RequestStake, IncludePending, SweepFees, Unstake, Claim {
}
