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
        PointsBoostParameters p = PointsBoostParameters.of(null, null, null, null, null);
        assertThat(p).isEqualTo(new PointsBoostParameters(d("0.3"), d("0.005"), d("2.7"), d("2"), d("3")));
    }

    @Test
    void givenParametersAreKeptAt18Decimals() {
        PointsBoostParameters p = PointsBoostParameters.of(new BigDecimal("0.5"), null, null, null, new BigDecimal("4"));
        assertThat(p.baseBoost()).isEqualTo(d("0.5"));
        assertThat(p.stakingPointsPerUsd()).isEqualTo(d("4"));
        assertThat(p.multiplierPerDay()).isEqualTo(d("0.005"));
    }

    @Test
    void aNegativeParameterIsRejected() {
        assertThatThrownBy(() -> PointsBoostParameters.of(null, new BigDecimal("-0.001"), null, null, null))
                .isInstanceOf(CommandRejected.class)
                .hasMessage("multiplierPerDay must not be negative, got -0.001");
    }

    @Test
    void aParameterWithMoreThan18DecimalsIsRejected() {
        assertThatThrownBy(() -> PointsBoostParameters.of(null, null, new BigDecimal("2.7000000000000000001"), null, null))
                .isInstanceOf(CommandRejected.class)
                .hasMessage("maxMultiplier has more than 18 decimal places: 2.7000000000000000001");
    }
}
