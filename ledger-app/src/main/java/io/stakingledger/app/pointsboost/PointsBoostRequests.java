package io.stakingledger.app.pointsboost;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.stakingledger.app.api.CommandRequest;
import io.stakingledger.core.pointsboost.PointsBoostParameters;
import io.stakingledger.core.pointsboost.SetBasePoints;
import io.stakingledger.core.pointsboost.SetPrice;
import io.stakingledger.core.pointsboost.Stake;
import io.stakingledger.core.pointsboost.Unstake;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The points-boost commands' fields as they arrive over REST or in a batch line (SPEC.md "Batch file
 * format"). {@code type} and {@code pool} belong to the batch line, not to the command; any other
 * unknown field is rejected by the API mapper, so a misspelt field never passes silently.
 */
final class PointsBoostRequests {

    private PointsBoostRequests() {
    }

    /** {@code CreatePool} params; an omitted one takes its SPEC.md §2 default. */
    record Params(BigDecimal baseBoost, BigDecimal multiplierPerDay, BigDecimal maxMultiplier,
                  BigDecimal boostCoveragePerToken, BigDecimal stakingPointsPerUsd) {

        static final Params DEFAULTS = new Params(null, null, null, null, null);

        PointsBoostParameters resolve() {
            return PointsBoostParameters.of(baseBoost, multiplierPerDay, maxMultiplier, boostCoveragePerToken,
                    stakingPointsPerUsd);
        }
    }

    @JsonIgnoreProperties({"type", "pool"})
    record StakeRequest(String account, BigDecimal amount, Instant at, String commandId) implements CommandRequest {
        @Override
        public Object toCommand(String poolId, Instant at) {
            return new Stake(poolId, account, amount, at, commandId);
        }
    }

    @JsonIgnoreProperties({"type", "pool"})
    record UnstakeRequest(String account, BigDecimal amount, Instant at, String commandId) implements CommandRequest {
        @Override
        public Object toCommand(String poolId, Instant at) {
            return new Unstake(poolId, account, amount, at, commandId);
        }
    }

    @JsonIgnoreProperties({"type", "pool"})
    record SetBasePointsRequest(String account, BigDecimal pointsPerDay, Instant at, String commandId)
            implements CommandRequest {
        @Override
        public Object toCommand(String poolId, Instant at) {
            return new SetBasePoints(poolId, account, pointsPerDay, at, commandId);
        }
    }

    @JsonIgnoreProperties({"type", "pool"})
    record SetPriceRequest(BigDecimal price, Instant at, String commandId) implements CommandRequest {
        @Override
        public Object toCommand(String poolId, Instant at) {
            return new SetPrice(poolId, price, at, commandId);
        }
    }
}
