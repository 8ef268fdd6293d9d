package io.stakingledger.core.earlystaking;

import io.stakingledger.core.common.PoolCommand;

/** Every command to an existing early-staking pool; creation is {@link CreateEarlyStakingPool}. */
public sealed interface EarlyStakingCommand extends PoolCommand
        permits Purchase, Stake, ExerciseDcr, Withdraw, CloseEpoch, Reserve, CancelReservation, RealizeReservations,
        ConvertPrincipal {
}
