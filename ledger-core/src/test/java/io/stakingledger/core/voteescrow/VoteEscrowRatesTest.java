package io.stakingledger.core.voteescrow;

import io.stakingledger.core.common.Amount;
import io.stakingledger.core.common.ProgramHarness;
import io.stakingledger.core.common.Shares;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;

import static io.stakingledger.core.voteescrow.VoteEscrowTestData.T0;
import static io.stakingledger.core.voteescrow.VoteEscrowTestData.at;
import static io.stakingledger.core.voteescrow.VoteEscrowTestData.distribute;
import static io.stakingledger.core.voteescrow.VoteEscrowTestData.ksp;
import static io.stakingledger.core.voteescrow.VoteEscrowTestData.lock;
import static org.assertj.core.api.Assertions.assertThat;

/** docs/domain/vote-escrow.md, reference example: 1 KSP locked 12M+ (8 vKSP) of 146,457,051 vKSP, 293,760 KSP per day to stakers. */
class VoteEscrowRatesTest {

    private static final BigDecimal DAILY_STAKING = VoteEscrowParameters.defaults().dailyStakingEmission();
    private static final BigDecimal TOTAL_VKSP = new BigDecimal("146457051");

    private static BigDecimal referenceDailyRate() {
        return VoteEscrowRates.stakingDailyRate(Amount.of(DAILY_STAKING), Shares.of("8"), Shares.of(TOTAL_VKSP),
                Amount.of(BigDecimal.ONE)).orElseThrow();
    }

    @Test
    void dailyStakingEmissionIsDailyEmissionTimesStakingShare() {
        assertThat(DAILY_STAKING).isEqualTo(ksp("293760"));
    }

    @Test
    void referenceStakingAprIs585Point69Percent() {
        BigDecimal apr = VoteEscrowRates.display(VoteEscrowRates.aprPercent(referenceDailyRate()));
        assertThat(apr).isEqualTo(new BigDecimal("585.686516383564216379"));
        assertThat(apr.setScale(2, RoundingMode.HALF_UP)).isEqualTo(new BigDecimal("585.69"));
    }

    @Test
    void referenceStakingApyCompoundsTheAprDaily() {
        BigDecimal apy = VoteEscrowRates.display(VoteEscrowRates.apyPercent(referenceDailyRate()));
        assertThat(apy).isEqualTo(new BigDecimal("33274.313336041116289072"));
    }

    @Test
    void apyHasThirtyFourSignificantDigitsBeforeDisplay() {
        assertThat(VoteEscrowRates.apyPercent(referenceDailyRate()).precision()).isEqualTo(34);
    }

    @Test
    void referenceAccountEarnsAbout0Point016KspPerDay() {
        ProgramHarness<VoteEscrowState> ledger = VoteEscrowTestData.pureLedger(VoteEscrowParameters.defaults());
        ledger.run(lock("holder", "1", "12M+", T0));
        ledger.run(lock("everyone-else", "146457043", "4M", T0));
        ledger.run(distribute(null, at("2024-01-16T00:00:00Z")));
        assertThat(ledger.state().vKspTotal()).isEqualTo(ksp("146457051"));
        assertThat(ledger.state().rewardsAccrued("holder")).isEqualTo(ksp("0.016046205928316827"));
    }

    @Test
    void priceCancelsSoTheStakingAprNeedsNoPrice() {
        BigDecimal withPrice = DAILY_STAKING.multiply(new BigDecimal("8")).multiply(new BigDecimal("5.39"))
                .divide(TOTAL_VKSP.multiply(new BigDecimal("5.39")), io.stakingledger.core.common.Decimals.MC);
        assertThat(referenceDailyRate()).isEqualByComparingTo(withPrice);
    }

    @Test
    void votingAprFollowsTheSpecFormula() {
        // 10,000 USD fees × 0.5 × (100 / 1,000 votes) / 2 USD × 365 × 100 / 50 KSP = 182,500 %
        BigDecimal apr = VoteEscrowRates.votingAprPercent(Amount.of("10000"), new BigDecimal("0.5"),
                Shares.of("100"), Shares.of("1000"), new BigDecimal("2"), Amount.of("50")).orElseThrow();
        assertThat(apr).isEqualByComparingTo("182500");
    }

    @Test
    void votingAprIsUnknownWithoutAPrice() {
        assertThat(VoteEscrowRates.votingAprPercent(Amount.of(BigDecimal.TEN), BigDecimal.ONE, Shares.of(BigDecimal.ONE),
                Shares.of(BigDecimal.ONE), null, Amount.of(BigDecimal.ONE))).isEmpty();
    }

    @Test
    void stakingAprIsUnknownWithoutVksp() {
        assertThat(VoteEscrowRates.stakingDailyRate(Amount.of(DAILY_STAKING), Shares.ZERO, Shares.ZERO,
                Amount.of(BigDecimal.ONE))).isEmpty();
    }

    @Test
    void displayRoundsRatesDownTo18Decimals() {
        assertThat(VoteEscrowRates.display(new BigDecimal("0.1999999999999999999"))).isEqualTo(ksp("0.199999999999999999"));
    }
}
