package io.stakingledger.core.pointsboost;

import org.axonframework.serialization.Revision;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A points-boost pool was created with these parameters. Its token price is 0 until the first {@link PriceSet}.
 *
 * @param poolId     the pool
 * @param parameters the parameters as stored with this revision of the event
 * @param at         the pool's creation
 */
@Revision("1")
public record PointsBoostPoolCreated(String poolId, StoredParameters parameters, Instant at) implements PointsBoostEvent {

    /**
     * The parameters in the stored form of revision 1 of {@link PointsBoostPoolCreated}. It is its own record
     * so that a change to {@link PointsBoostParameters} cannot silently change what the store writes: its
     * components (names, types and order) are the JSON the store already holds, each at 18 decimals.
     */
    public record StoredParameters(
            BigDecimal baseBoost,
            BigDecimal multiplierPerDay,
            BigDecimal maxMultiplier,
            BigDecimal boostCoveragePerToken,
            BigDecimal stakingPointsPerUsd) {

        public static StoredParameters from(PointsBoostParameters parameters) {
            return new StoredParameters(parameters.baseBoost(), parameters.multiplierPerDay(), parameters.maxMultiplier(),
                    parameters.boostCoveragePerToken(), parameters.stakingPointsPerUsd());
        }

        /** The domain parameters, as they were when stored (they were checked before the event was written). */
        public PointsBoostParameters toParameters() {
            return new PointsBoostParameters(baseBoost, multiplierPerDay, maxMultiplier, boostCoveragePerToken,
                    stakingPointsPerUsd);
        }
    }
}
