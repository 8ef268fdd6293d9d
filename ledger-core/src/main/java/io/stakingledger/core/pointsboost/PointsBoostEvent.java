package io.stakingledger.core.pointsboost;

import io.stakingledger.core.common.PoolEvent;

/** Every event of a points-boost pool, its creation included. */
public sealed interface PointsBoostEvent extends PoolEvent
        permits PointsBoostPoolCreated, Staked, Unstaked, BasePointsSet, PriceSet {
}
