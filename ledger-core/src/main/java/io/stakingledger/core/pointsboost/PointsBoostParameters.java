package io.stakingledger.core.pointsboost;

import io.stakingledger.core.common.CommandRejected;
import io.stakingledger.core.common.DecimalText;
import io.stakingledger.core.common.Decimals;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * Parameters of one points-boost pool (SPEC.md §2). Every value is an exact decimal at 18 fractional
 * digits; {@link #of} rejects more digits rather than rounding them away.
 *
 * @param baseBoost             boost earned the moment anything is staked (0.30 = 30%)
 * @param multiplierPerDay      growth of the staking multiplier per day staked (0.005 = 0.5% a day)
 * @param maxMultiplier         cap of the staking multiplier (2.70 = 270%)
 * @param boostCoveragePerToken base points per day one staked token can boost (2)
 * @param stakingPointsPerUsd   staking points per day per USD of tokens staked (3)
 */
public record PointsBoostParameters(
        BigDecimal baseBoost,
        BigDecimal multiplierPerDay,
        BigDecimal maxMultiplier,
        BigDecimal boostCoveragePerToken,
        BigDecimal stakingPointsPerUsd) implements Serializable {

    public static final BigDecimal DEFAULT_BASE_BOOST = new BigDecimal("0.30");
    public static final BigDecimal DEFAULT_MULTIPLIER_PER_DAY = new BigDecimal("0.005");
    public static final BigDecimal DEFAULT_MAX_MULTIPLIER = new BigDecimal("2.70");
    public static final BigDecimal DEFAULT_BOOST_COVERAGE_PER_TOKEN = new BigDecimal("2");
    public static final BigDecimal DEFAULT_STAKING_POINTS_PER_USD = new BigDecimal("3");

    /** The defaults of SPEC.md §2. */
    public static PointsBoostParameters defaults() {
        return of(null, null, null, null, null);
    }

    /**
     * Fills every {@code null} with its default, brings each value to 18 decimals and checks its range.
     *
     * @throws CommandRejected (invalid input) for a negative value or one with more than 18 decimals
     */
    public static PointsBoostParameters of(BigDecimal baseBoost, BigDecimal multiplierPerDay, BigDecimal maxMultiplier,
                                           BigDecimal boostCoveragePerToken, BigDecimal stakingPointsPerUsd) {
        PointsBoostParameters parameters = new PointsBoostParameters(
                value("baseBoost", baseBoost, DEFAULT_BASE_BOOST),
                value("multiplierPerDay", multiplierPerDay, DEFAULT_MULTIPLIER_PER_DAY),
                value("maxMultiplier", maxMultiplier, DEFAULT_MAX_MULTIPLIER),
                value("boostCoveragePerToken", boostCoveragePerToken, DEFAULT_BOOST_COVERAGE_PER_TOKEN),
                value("stakingPointsPerUsd", stakingPointsPerUsd, DEFAULT_STAKING_POINTS_PER_USD));
        parameters.validate();
        return parameters;
    }

    /**
     * Checks that every value is present, non-negative, at 18 decimals and within the integer digits of
     * {@link DecimalText#bounded} (a zero growth rate or cap is allowed: the multiplier then stays where it is).
     *
     * @throws CommandRejected (invalid input) naming the offending parameter
     */
    public void validate() {
        check("baseBoost", baseBoost);
        check("multiplierPerDay", multiplierPerDay);
        check("maxMultiplier", maxMultiplier);
        check("boostCoveragePerToken", boostCoveragePerToken);
        check("stakingPointsPerUsd", stakingPointsPerUsd);
    }

    private static BigDecimal value(String name, BigDecimal value, BigDecimal fallback) {
        return DecimalText.bounded(name, value == null ? fallback : value);
    }

    private static void check(String name, BigDecimal value) {
        if (value == null) {
            throw CommandRejected.invalid(name + " is required");
        }
        DecimalText.bounded(name, value);
        if (value.signum() < 0) {
            throw CommandRejected.invalid(name + " must not be negative, got " + Decimals.format(value));
        }
        if (value.scale() != Decimals.SCALE) {
            throw CommandRejected.invalid(name + " must be given at " + Decimals.SCALE + " decimals (use PointsBoostParameters.of)");
        }
    }
}
