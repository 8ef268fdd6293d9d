package io.stakingledger.core.governancemining;

import io.stakingledger.core.common.CommandRejected;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;

import static io.stakingledger.core.governancemining.GovernanceMiningFixtures.kdx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GovernanceMiningParametersTest {

    @Test
    void omittedParametersTakeTheDefaultsOfTheSpec() {
        GovernanceMiningParameters p = GovernanceMiningParameters.defaults();
        assertThat(p.stakePenalty()).isEqualTo(kdx("0.03"));
        assertThat(p.stakePenaltyWindow()).isEqualTo(Duration.ofHours(72));
        assertThat(p.maturation()).isEqualTo(Duration.ofDays(60));
        assertThat(p.maturationExponent()).isEqualByComparingTo("0.66");
        assertThat(p.claimCooldown()).isEqualTo(Duration.ofDays(7));
        assertThat(p.feeShare()).isEqualTo(kdx("0.0005"));
        assertThat(p.precision()).isEqualTo(12);
    }

    @Test
    void givenParametersOverrideTheDefaults() {
        GovernanceMiningParameters p = GovernanceMiningParameters.defaults()
                .withStakePenalty(new BigDecimal("0.05"))
                .withStakePenaltyWindow(Duration.ofHours(24))
                .withMaturation(Duration.ofDays(30))
                .withMaturationExponent(new BigDecimal("0.5"))
                .withClaimCooldown(Duration.ofDays(1))
                .withFeeShare(new BigDecimal("0.001"))
                .withPrecision(8);
        assertThat(p.stakePenalty()).isEqualTo(kdx("0.05"));
        assertThat(p.maturation()).isEqualTo(Duration.ofDays(30));
        assertThat(p.precision()).isEqualTo(8);
    }

    @Test
    void aWitherChangesOnlyItsOwnParameter() {
        GovernanceMiningParameters shorter = GovernanceMiningParameters.defaults().withClaimCooldown(Duration.ofDays(1));
        assertThat(shorter.claimCooldown()).isEqualTo(Duration.ofDays(1));
        assertThat(shorter.withClaimCooldown(GovernanceMiningParameters.DEFAULT_CLAIM_COOLDOWN))
                .isEqualTo(GovernanceMiningParameters.defaults());
    }

    @Test
    void aStakePenaltyOfAHundredPercentIsRejected() {
        assertThatThrownBy(() -> GovernanceMiningParameters.defaults().withStakePenalty(BigDecimal.ONE))
                .isInstanceOf(CommandRejected.class)
                .hasMessage("stakePenalty must be at least 0 and below 1, got 1");
    }

    @Test
    void aZeroMaturationIsRejected() {
        assertThatThrownBy(() -> GovernanceMiningParameters.defaults().withMaturation(Duration.ZERO))
                .isInstanceOf(CommandRejected.class)
                .hasMessageContaining("maturation must be a positive duration");
    }

    @Test
    void aPrecisionFinerThanTheLedgerScaleIsRejected() {
        assertThatThrownBy(() -> GovernanceMiningParameters.defaults().withPrecision(19))
                .isInstanceOf(CommandRejected.class)
                .hasMessage("precision must be between 0 and 18 fractional digits, got 19");
    }

    @Test
    void aNegativeCooldownIsRejected() {
        assertThatThrownBy(() -> GovernanceMiningParameters.defaults().withClaimCooldown(Duration.ofDays(-1)))
                .isInstanceOf(CommandRejected.class)
                .hasMessageContaining("claimCooldown must not be negative");
    }

    @Test
    void roundingToThePrecisionDropsDigitsAndKeepsScaleEighteen() {
        BigDecimal rounded = GovernanceMiningParameters.defaults().roundDownToPrecision(new BigDecimal("1.2345678901239999"));
        assertThat(rounded).isEqualTo(new BigDecimal("1.234567890123000000"));
    }
}
