package io.stakingledger.core.earlystaking;

import io.stakingledger.core.common.CreatePoolCommand;

import java.time.Instant;

/** Creates an early-staking pool with fully resolved parameters (see {@link EarlyStakingParameters#defaults}). */
public record CreateEarlyStakingPool(String poolId, EarlyStakingParameters parameters, Instant at, String commandId) implements CreatePoolCommand {
}
