package io.stakingledger.core.pointsboost;

import io.stakingledger.core.common.PoolCommand;

/** Every command to an existing points-boost pool; creation is {@link CreatePointsBoostPool}. */
public sealed interface PointsBoostCommand extends PoolCommand permits Stake, Unstake, SetBasePoints, SetPrice {
}
