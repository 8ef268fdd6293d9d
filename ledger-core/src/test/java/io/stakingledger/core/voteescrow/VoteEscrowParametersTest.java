package io.stakingledger.core.voteescrow;

import io.stakingledger.core.common.CommandRejected;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;

import static io.stakingledger.core.voteescrow.VoteEscrowTestData.ksp;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VoteEscrowParametersTest {

    @Test
    void defaultsAreThoseOfTheSpec() {
        VoteEscrowParameters defaults = VoteEscrowParameters.defaults();
        assertThat(defaults.terms()).containsExactly(Map.entry("4M", ksp("1")), Map.entry("8M", ksp("2")),
                Map.entry("12M", ksp("4")), Map.entry("12M+", ksp("8")));
        assertThat(defaults.unlockWindow()).isEqualTo(Duration.ofDays(7));
        assertThat(defaults.dailyEmission()).isEqualTo(ksp("864000"));
        assertThat(defaults.stakingShare()).isEqualTo(ksp("0.34"));
        assertThat(defaults.votingFeeShare()).isEqualTo(ksp("0.5"));
    }

    @Test
    void aWitherChangesItsParameterAtEighteenDecimalsAndKeepsTheOthers() {
        VoteEscrowParameters parameters = VoteEscrowParameters.defaults()
                .withUnlockWindow(Duration.ofDays(3)).withVotingFeeShare(new BigDecimal("0.25"));
        assertThat(parameters.unlockWindow()).isEqualTo(Duration.ofDays(3));
        assertThat(parameters.votingFeeShare()).isEqualTo(ksp("0.25"));
        assertThat(parameters.terms()).isEqualTo(VoteEscrowParameters.defaults().terms());
        assertThat(parameters.dailyEmission()).isEqualTo(ksp("864000"));
        assertThat(parameters.stakingShare()).isEqualTo(ksp("0.34"));
    }

    @Test
    void termsAreOrderedFromShortestToLongest() {
        VoteEscrowParameters parameters = VoteEscrowParameters.defaults()
                .withTerms(Map.of("12M+", BigDecimal.TEN, "6M", BigDecimal.ONE, "12M", BigDecimal.TEN));
        assertThat(parameters.terms().keySet()).containsExactly("6M", "12M", "12M+");
    }

    @Test
    void termsReadBackInAlphabeticalOrderAreOrderedFromShortestToLongest() {
        Map<String, BigDecimal> alphabetical = new java.util.TreeMap<>(VoteEscrowParameters.DEFAULT_TERMS);
        VoteEscrowParameters stored = new VoteEscrowParameters(alphabetical, Duration.ofDays(7), ksp("864000"),
                ksp("0.34"), ksp("0.5"));
        assertThat(stored.terms().keySet()).containsExactly("4M", "8M", "12M", "12M+");
        assertThatThrownBy(() -> stored.term("6M")).hasMessage("unknown term 6M: this pool offers 4M, 8M, 12M, 12M+");
    }

    @Test
    void multipliersThatDecreaseWithTheTermAreRejected() {
        assertThatThrownBy(() -> VoteEscrowParameters.defaults()
                .withTerms(Map.of("4M", BigDecimal.TEN, "8M", BigDecimal.ONE)))
                .isInstanceOf(CommandRejected.class).hasMessageContaining("multipliers must not decrease");
    }

    @Test
    void malformedTermCodesAreRejected() {
        assertThatThrownBy(() -> VoteEscrowParameters.defaults().withTerms(Map.of("4 months", BigDecimal.ONE)))
                .isInstanceOf(CommandRejected.class).hasMessageContaining("is not a lock term");
    }

    @Test
    void sharesAboveOneAreRejected() {
        assertThatThrownBy(() -> VoteEscrowParameters.defaults().withStakingShare(new BigDecimal("1.2")))
                .isInstanceOf(CommandRejected.class).hasMessageContaining("stakingShare must be between 0 and 1");
    }

    @Test
    void anEmptyUnlockWindowIsRejected() {
        assertThatThrownBy(() -> VoteEscrowParameters.defaults().withUnlockWindow(Duration.ZERO))
                .isInstanceOf(CommandRejected.class).hasMessageContaining("unlockWindow must be positive");
    }

    @Test
    void creatingAPoolWithInvalidParametersIsRejected() {
        VoteEscrowParameters broken = new VoteEscrowParameters(Map.of(), Duration.ofDays(7), BigDecimal.ONE,
                BigDecimal.ONE, BigDecimal.ONE);
        assertThatThrownBy(() -> VoteEscrowDecider.create(new CreateVoteEscrowPool("p", broken, VoteEscrowTestData.T0, null)))
                .isInstanceOf(CommandRejected.class).hasMessageContaining("terms must list at least one lock term");
    }
}
