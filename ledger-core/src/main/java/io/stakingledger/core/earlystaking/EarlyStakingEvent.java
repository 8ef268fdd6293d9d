package io.stakingledger.core.earlystaking;

import io.stakingledger.core.common.PoolEvent;

/** Every event of an early-staking pool, its creation included. */
public sealed interface EarlyStakingEvent extends PoolEvent
        permits EarlyStakingPoolCreated, KashPurchased, StakeDeposited, DcrExercised, StakeWithdrawn, EpochClosed,
        StakeReserved, ReservationCancelled, ReservationRealized, PrincipalConverted {
}
