package io.stakingledger.core.pointsboost;

import io.stakingledger.core.common.CreatePoolCommand;

import java.time.Instant;

/** Creates a points-boost pool with fully resolved parameters (see {@link PointsBoostParameters#defaults} and its withers). */
public record CreatePointsBoostPool(String poolId, PointsBoostParameters parameters, Instant at, String commandId) implements CreatePoolCommand {
}
