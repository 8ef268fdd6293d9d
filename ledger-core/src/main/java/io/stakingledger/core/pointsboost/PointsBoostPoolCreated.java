package io.stakingledger.core.pointsboost;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** A points-boost pool was created with these parameters. Its token price is 0 until the first {@link PriceSet}. */
@Revision("1")
public record PointsBoostPoolCreated(String poolId, PointsBoostParameters parameters, Instant at) implements PointsBoostEvent {
}
