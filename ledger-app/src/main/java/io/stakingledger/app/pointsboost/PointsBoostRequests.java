package io.stakingledger.app.pointsboost;

import io.stakingledger.app.api.CommandRequest;
import io.stakingledger.app.api.Fields;
import io.stakingledger.core.pointsboost.PointsBoostParameters;
import io.stakingledger.core.pointsboost.SetBasePoints;
import io.stakingledger.core.pointsboost.SetPrice;
import io.stakingledger.core.pointsboost.Stake;
import io.stakingledger.core.pointsboost.Unstake;

import java.math.BigDecimal;
import java.time.Instant;

import static io.stakingledger.app.api.CommandRequest.fields;

/**
 * The points-boost commands' fields as they arrive over REST or in a batch line (SPEC.md "Batch file
 * format"). Each request names the fields it takes; any other field is refused, so a misspelt field
 * never passes silently.
 */
final class PointsBoostRequests {

    private PointsBoostRequests() {
    }

    /** {@code CreatePool} params; an omitted one takes its SPEC.md §2 default. */
    record Params(BigDecimal baseBoost, BigDecimal multiplierPerDay, BigDecimal maxMultiplier,
                  BigDecimal boostCoveragePerToken, BigDecimal stakingPointsPerUsd) {

        static Params read(Fields f) {
            f.allow("baseBoost", "multiplierPerDay", "maxMultiplier", "boostCoveragePerToken", "stakingPointsPerUsd");
            return new Params(f.optionalDecimal("baseBoost"), f.optionalDecimal("multiplierPerDay"),
                    f.optionalDecimal("maxMultiplier"), f.optionalDecimal("boostCoveragePerToken"),
                    f.optionalDecimal("stakingPointsPerUsd"));
        }

        PointsBoostParameters resolve() {
            return PointsBoostParameters.of(baseBoost, multiplierPerDay, maxMultiplier, boostCoveragePerToken,
                    stakingPointsPerUsd);
        }
    }

    record StakeRequest(String account, BigDecimal amount, Instant at, String commandId) implements CommandRequest {

        static StakeRequest read(Fields f) {
            f.allow(fields("account", "amount"));
            return new StakeRequest(f.identifier("account"), f.decimal("amount"), f.at(), f.commandId());
        }

        @Override
        public Object toCommand(String poolId, Instant at) {
            return new Stake(poolId, account, amount, at, commandId);
        }
    }

    record UnstakeRequest(String account, BigDecimal amount, Instant at, String commandId) implements CommandRequest {

        static UnstakeRequest read(Fields f) {
            f.allow(fields("account", "amount"));
            return new UnstakeRequest(f.identifier("account"), f.decimal("amount"), f.at(), f.commandId());
        }

        @Override
        public Object toCommand(String poolId, Instant at) {
            return new Unstake(poolId, account, amount, at, commandId);
        }
    }

    record SetBasePointsRequest(String account, BigDecimal pointsPerDay, Instant at, String commandId)
            implements CommandRequest {

        static SetBasePointsRequest read(Fields f) {
            f.allow(fields("account", "pointsPerDay"));
            return new SetBasePointsRequest(f.identifier("account"), f.decimal("pointsPerDay"), f.at(), f.commandId());
        }

        @Override
        public Object toCommand(String poolId, Instant at) {
            return new SetBasePoints(poolId, account, pointsPerDay, at, commandId);
        }
    }

    record SetPriceRequest(BigDecimal price, Instant at, String commandId) implements CommandRequest {

        static SetPriceRequest read(Fields f) {
            f.allow(fields("price"));
            return new SetPriceRequest(f.decimal("price"), f.at(), f.commandId());
        }

        @Override
        public Object toCommand(String poolId, Instant at) {
            return new SetPrice(poolId, price, at, commandId);
        }
    }
}
