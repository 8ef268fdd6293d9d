package io.stakingledger.core.voteescrow;

import io.stakingledger.core.common.Amount;
import io.stakingledger.core.common.Shares;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static io.stakingledger.core.voteescrow.VoteEscrowTestData.ksp;
import static org.assertj.core.api.Assertions.assertThat;

class VkspMultiplierRuleTest {

    private static final LockTerm FOUR_MONTHS = LockTerm.parse("4M");
    private static final LockTerm TWELVE_MONTHS = LockTerm.parse("12M");

    @Test
    void firstLockTakesItsTermsMultiplier() {
        assertThat(VkspMultiplierRule.vKspAdded(Amount.ZERO, Shares.ZERO, null, Amount.of("100"),
                FOUR_MONTHS, new BigDecimal("8")).value()).isEqualByComparingTo("800");
    }

    @Test
    void longerTermReratesEveryLockedKsp() {
        // 100 KSP held at ×1 (100 vKSP); 10 more at 12M ×5: all 110 at ×5 = 550, so 450 are added.
        assertThat(VkspMultiplierRule.vKspAdded(Amount.of("100"), Shares.of("100"), FOUR_MONTHS,
                Amount.of("10"), TWELVE_MONTHS, new BigDecimal("5")).value()).isEqualByComparingTo("450");
        assertThat(VkspMultiplierRule.longestAfter(FOUR_MONTHS, TWELVE_MONTHS)).isEqualTo(TWELVE_MONTHS);
    }

    @Test
    void shorterTermRatesOnlyTheNewLot() {
        assertThat(VkspMultiplierRule.vKspAdded(Amount.of("100"), Shares.of("500"), TWELVE_MONTHS,
                Amount.of("10"), FOUR_MONTHS, new BigDecimal("8")).value()).isEqualByComparingTo("80");
        assertThat(VkspMultiplierRule.longestAfter(TWELVE_MONTHS, FOUR_MONTHS)).isEqualTo(TWELVE_MONTHS);
    }

    @Test
    void vKspIsRoundedDownTo18Decimals() {
        BigDecimal added = VkspMultiplierRule.vKspAdded(Amount.ZERO, Shares.ZERO, null,
                Amount.of("0.000000000000000001"), FOUR_MONTHS, new BigDecimal("0.5")).value();
        assertThat(added).isEqualTo(ksp("0"));
    }
}
