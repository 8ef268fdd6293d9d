package io.stakingledger.core.pointsboost;

import io.stakingledger.core.common.CommandRejected;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static io.stakingledger.core.pointsboost.PointsBoostExamples.d;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PointsBoostParametersTest {

    @Test
    void omittedParametersTakeTheDefaultsOfTheSpec() {
        PointsBoostParameters p = PointsBoostParameters.defaults();
        assertThat(p).isEqualTo(new PointsBoostParameters(d("0.3"), d("0.005"), d("2.7"), d("2"), d("3")));
    }

    @Test
    void givenParametersAreKeptAt18Decimals() {
        PointsBoostParameters p = PointsBoostParameters.defaults()
                .withBaseBoost(new BigDecimal("0.5"))
                .withStakingPointsPerUsd(new BigDecimal("4"));
        assertThat(p.baseBoost()).isEqualTo(d("0.5"));
        assertThat(p.stakingPointsPerUsd()).isEqualTo(d("4"));
        assertThat(p.multiplierPerDay()).isEqualTo(d("0.005"));
    }

    @Test
    void eachWitherReplacesOnlyItsOwnParameter() {
        PointsBoostParameters p = PointsBoostParameters.defaults()
                .withMultiplierPerDay(new BigDecimal("0.01"))
                .withMaxMultiplier(new BigDecimal("1.5"))
                .withBoostCoveragePerToken(new BigDecimal("5"));
        assertThat(p).isEqualTo(new PointsBoostParameters(d("0.3"), d("0.01"), d("1.5"), d("5"), d("3")));
    }

    @Test
    void aNegativeParameterIsRejected() {
        assertThatThrownBy(() -> PointsBoostParameters.defaults().withMultiplierPerDay(new BigDecimal("-0.001")))
                .isInstanceOf(CommandRejected.class)
                .hasMessage("multiplierPerDay must not be negative, got -0.001");
    }

    @Test
    void aParameterWithMoreThan18DecimalsIsRejected() {
        assertThatThrownBy(() -> PointsBoostParameters.defaults().withMaxMultiplier(new BigDecimal("2.7000000000000000001")))
                .isInstanceOf(CommandRejected.class)
                .hasMessage("maxMultiplier has more than 18 decimal places: 2.7000000000000000001");
    }

    @Test
    void aMissingValueGivenToAWitherIsRejected() {
        assertThatThrownBy(() -> PointsBoostParameters.defaults().withBoostCoveragePerToken(null))
                .isInstanceOf(CommandRejected.class)
                .hasMessage("boostCoveragePerToken is required");
    }
}
