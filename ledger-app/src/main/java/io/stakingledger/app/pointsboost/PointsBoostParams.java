package io.stakingledger.app.pointsboost;

import io.stakingledger.core.common.fields.Doc;
import io.stakingledger.core.common.fields.OptionalField;
import io.stakingledger.core.pointsboost.PointsBoostParameters;

import java.math.BigDecimal;

/** {@code CreatePool} params of a points-boost pool as received; an omitted one takes its docs/domain/points-boost.md default. */
public record PointsBoostParams(
        @OptionalField @Doc(value = "staking multiplier of a fresh stake (default 0.30)", example = "0.30")
        BigDecimal baseBoost,
        @OptionalField @Doc(value = "multiplier growth per day staked (default 0.005)", example = "0.005")
        BigDecimal multiplierPerDay,
        @OptionalField @Doc(value = "highest staking multiplier (default 2.70)", example = "2.70")
        BigDecimal maxMultiplier,
        @OptionalField @Doc(value = "base points one staked token's boost covers (default 2)", example = "2")
        BigDecimal boostCoveragePerToken,
        @OptionalField @Doc(value = "staking points per USD staked per day (default 3)", example = "3")
        BigDecimal stakingPointsPerUsd) {

    PointsBoostParameters resolve() {
        PointsBoostParameters parameters = PointsBoostParameters.defaults();
        if (baseBoost != null) {
            parameters = parameters.withBaseBoost(baseBoost);
        }
        if (multiplierPerDay != null) {
            parameters = parameters.withMultiplierPerDay(multiplierPerDay);
        }
        if (maxMultiplier != null) {
            parameters = parameters.withMaxMultiplier(maxMultiplier);
        }
        if (boostCoveragePerToken != null) {
            parameters = parameters.withBoostCoveragePerToken(boostCoveragePerToken);
        }
        if (stakingPointsPerUsd != null) {
            parameters = parameters.withStakingPointsPerUsd(stakingPointsPerUsd);
        }
        return parameters;
    }
}
