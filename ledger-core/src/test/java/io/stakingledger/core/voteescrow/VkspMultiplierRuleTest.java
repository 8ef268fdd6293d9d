package io.stakingledger.core.voteescrow;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static io.stakingledger.core.voteescrow.VoteEscrowTestData.ksp;
import static org.assertj.core.api.Assertions.assertThat;

class VkspMultiplierRuleTest {

    private static final LockTerm FOUR_MONTHS = LockTerm.parse("4M");
    private static final LockTerm TWELVE_MONTHS = LockTerm.parse("12M");

    @Test
    void firstLockTakesItsTermsMultiplier() {
        assertThat(VkspMultiplierRule.vKspAdded(BigDecimal.ZERO, BigDecimal.ZERO, null, new BigDecimal("100"),
                FOUR_MONTHS, new BigDecimal("8"))).isEqualByComparingTo("800");
    }

    @Test
    void longerTermReratesEveryLockedKsp() {
        // 100 KSP held at ×1 (100 vKSP); 10 more at 12M ×5: all 110 at ×5 = 550, so 450 are added.
        assertThat(VkspMultiplierRule.vKspAdded(new BigDecimal("100"), new BigDecimal("100"), FOUR_MONTHS,
                new BigDecimal("10"), TWELVE_MONTHS, new BigDecimal("5"))).isEqualByComparingTo("450");
        assertThat(VkspMultiplierRule.longestAfter(FOUR_MONTHS, TWELVE_MONTHS)).isEqualTo(TWELVE_MONTHS);
    }

    @Test
    void shorterTermRatesOnlyTheNewLot() {
        assertThat(VkspMultiplierRule.vKspAdded(new BigDecimal("100"), new BigDecimal("500"), TWELVE_MONTHS,
                new BigDecimal("10"), FOUR_MONTHS, new BigDecimal("8"))).isEqualByComparingTo("80");
        assertThat(VkspMultiplierRule.longestAfter(TWELVE_MONTHS, FOUR_MONTHS)).isEqualTo(TWELVE_MONTHS);
    }

    @Test
    void vKspIsRoundedDownTo18Decimals() {
        BigDecimal added = VkspMultiplierRule.vKspAdded(BigDecimal.ZERO, BigDecimal.ZERO, null,
                new BigDecimal("0.000000000000000001"), FOUR_MONTHS, new BigDecimal("0.5"));
        assertThat(added).isEqualTo(ksp("0"));
    }
}
