package io.stakingledger.core.pointsboost;

import io.stakingledger.core.common.CommandRejected;
import io.stakingledger.core.common.DecimalText;
import io.stakingledger.core.common.Decimals;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * Parameters of one points-boost pool (docs/domain/points-boost.md). Every value is an exact decimal at 18 fractional
 * digits. Start from {@link #defaults()} and change a value with its wither ({@link #withBaseBoost} …),
 * which rejects more digits rather than rounding them away.
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

    /** The defaults of docs/domain/points-boost.md, at 18 decimals; every parameter has one. */
    public static PointsBoostParameters defaults() {
        return new PointsBoostParameters(Decimals.exact(DEFAULT_BASE_BOOST), Decimals.exact(DEFAULT_MULTIPLIER_PER_DAY),
                Decimals.exact(DEFAULT_MAX_MULTIPLIER), Decimals.exact(DEFAULT_BOOST_COVERAGE_PER_TOKEN),
                Decimals.exact(DEFAULT_STAKING_POINTS_PER_USD));
    }

    /**
     * These parameters with {@code baseBoost} replaced, at 18 decimals.
     *
     * @throws CommandRejected (invalid input) for null, a negative value or one outside {@link DecimalText#bounded}
     */
    public PointsBoostParameters withBaseBoost(BigDecimal baseBoost) {
        return new PointsBoostParameters(accepted("baseBoost", baseBoost), multiplierPerDay, maxMultiplier,
                boostCoveragePerToken, stakingPointsPerUsd);
    }

    /**
     * These parameters with {@code multiplierPerDay} replaced, at 18 decimals; zero keeps the multiplier where it is.
     *
     * @throws CommandRejected (invalid input) for null, a negative value or one outside {@link DecimalText#bounded}
     */
    public PointsBoostParameters withMultiplierPerDay(BigDecimal multiplierPerDay) {
        return new PointsBoostParameters(baseBoost, accepted("multiplierPerDay", multiplierPerDay), maxMultiplier,
                boostCoveragePerToken, stakingPointsPerUsd);
    }

    /**
     * These parameters with {@code maxMultiplier} replaced, at 18 decimals.
     *
     * @throws CommandRejected (invalid input) for null, a negative value or one outside {@link DecimalText#bounded}
     */
    public PointsBoostParameters withMaxMultiplier(BigDecimal maxMultiplier) {
        return new PointsBoostParameters(baseBoost, multiplierPerDay, accepted("maxMultiplier", maxMultiplier),
                boostCoveragePerToken, stakingPointsPerUsd);
    }

    /**
     * These parameters with {@code boostCoveragePerToken} replaced, at 18 decimals.
     *
     * @throws CommandRejected (invalid input) for null, a negative value or one outside {@link DecimalText#bounded}
     */
    public PointsBoostParameters withBoostCoveragePerToken(BigDecimal boostCoveragePerToken) {
        return new PointsBoostParameters(baseBoost, multiplierPerDay, maxMultiplier,
                accepted("boostCoveragePerToken", boostCoveragePerToken), stakingPointsPerUsd);
    }

    /**
     * These parameters with {@code stakingPointsPerUsd} replaced, at 18 decimals.
     *
     * @throws CommandRejected (invalid input) for null, a negative value or one outside {@link DecimalText#bounded}
     */
    public PointsBoostParameters withStakingPointsPerUsd(BigDecimal stakingPointsPerUsd) {
        return new PointsBoostParameters(baseBoost, multiplierPerDay, maxMultiplier, boostCoveragePerToken,
                accepted("stakingPointsPerUsd", stakingPointsPerUsd));
    }

    /**
     * Checks that every value is present, non-negative, at 18 decimals and within the integer digits of
     * {@link DecimalText#bounded} (a zero growth rate or cap is allowed: the multiplier then stays where it is).
     * The withers always pass it; a record built with its constructor (or read back) may not.
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

    private static BigDecimal accepted(String name, BigDecimal value) {
        BigDecimal exact = DecimalText.bounded(name, value);
        check(name, exact);
        return exact;
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
            throw CommandRejected.invalid(name + " must be given at " + Decimals.SCALE + " decimals (build them with PointsBoostParameters.defaults() and its withers)");
        }
    }
}
