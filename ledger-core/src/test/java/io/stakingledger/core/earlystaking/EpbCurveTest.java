package io.stakingledger.core.earlystaking;

import io.stakingledger.core.common.CommandRejected;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EpbCurveTest {

    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    private static EpbCurve defaultCurve() {
        return EarlyStakingParameters.defaults(START).validate();
    }

    private static EpbCurve curveWithoutEpsilon() {
        return EarlyStakingParameters.defaults(START).withEpsilon(BigDecimal.ZERO).validate();
    }

    private static BigDecimal bd(String value) {
        return new BigDecimal(value);
    }

    private static BigDecimal round(BigDecimal value, int digits) {
        return value.setScale(digits, RoundingMode.HALF_EVEN);
    }

    @Test
    void withoutEpsilonTheConstantsAreTheSpecsRoundNumbers() {
        EpbCurve curve = curveWithoutEpsilon();
        assertThat(curve.k()).isEqualByComparingTo("15000000");
        assertThat(curve.a()).isEqualByComparingTo("3.6E15");
        assertThat(curve.c()).isEqualByComparingTo("-6");
    }

    @Test
    void curveStartsAtEpbStartAndEndsAtEpbEndPlusEpsilon() {
        EpbCurve curve = defaultCurve();
        assertThat(round(curve.epb(BigDecimal.ZERO), 20)).isEqualByComparingTo("10");
        assertThat(round(curve.epb(bd("5000000")), 20)).isEqualByComparingTo("3.000001");
    }

    @Test
    void integralOverTheWholeSaleIsSaleSharesMinusEpsilon() {
        EpbCurve curve = defaultCurve();
        assertThat(round(curve.integral(BigDecimal.ZERO, bd("5000000")), 20)).isEqualByComparingTo("29999999.999999");
    }

    @Test
    void firstHundredThousandEarnTheReferenceBonusAndDcr() {
        EpbCurve curve = defaultCurve();
        assertThat(round(curve.effectiveBonus(BigDecimal.ZERO, bd("100000")), 10)).isEqualByComparingTo("9.8940397007");
        assertThat(curve.dcrEarned(BigDecimal.ZERO, bd("100000")).value().setScale(6, RoundingMode.DOWN))
                .isEqualByComparingTo("889403.970071");
    }

    @Test
    void nextMillionEarnTheReferenceBonus() {
        assertThat(round(defaultCurve().effectiveBonus(bd("100000"), bd("1000000")), 10))
                .isEqualByComparingTo("8.8081112666");
    }

    @Test
    void lastHundredThousandEarnTheReferenceBonus() {
        assertThat(round(defaultCurve().effectiveBonus(bd("4900000"), bd("100000")), 10))
                .isEqualByComparingTo("3.0452271007");
    }

    @Test
    void dcrIsRoundedDownToEighteenDecimals() {
        EpbCurve curve = defaultCurve();
        BigDecimal amount = bd("123456.789");
        BigDecimal exact = curve.integral(BigDecimal.ZERO, amount).subtract(amount);
        BigDecimal dcr = curve.dcrEarned(BigDecimal.ZERO, amount).value();
        assertThat(dcr.scale()).isEqualTo(18);
        assertThat(dcr).isLessThanOrEqualTo(exact);
        assertThat(exact.subtract(dcr)).isLessThan(bd("1E-18"));
    }

    @Test
    void dcrOverTheWholeSaleInManyPurchasesStaysWithinTwentyFiveMillion() {
        EpbCurve curve = defaultCurve();
        BigDecimal sold = BigDecimal.ZERO;
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal step = bd("4999.999999999999999999");
        while (sold.add(step).compareTo(bd("5000000")) <= 0) {
            total = total.add(curve.dcrEarned(sold, step).value());
            sold = sold.add(step);
        }
        BigDecimal last = bd("5000000").subtract(sold);
        total = total.add(curve.dcrEarned(sold, last).value());
        assertThat(total).isLessThanOrEqualTo(bd("25000000"));
        assertThat(total).isGreaterThan(bd("24999999.99"));
    }

    @Test
    void parametersWithoutAValidCurveAreRejectedWithTheReason() {
        EarlyStakingParameters flat = EarlyStakingParameters.defaults(START).withSaleShares(bd("10000000"));
        assertThatThrownBy(flat::validate).isInstanceOf(CommandRejected.class)
                .hasMessageContaining("must exceed (epbEnd + epsilon) × saleSupply");
        EarlyStakingParameters steep = EarlyStakingParameters.defaults(START).withSaleShares(bd("60000000"));
        assertThatThrownBy(steep::validate).isInstanceOf(CommandRejected.class)
                .hasMessageContaining("must be below epbStart × saleSupply");
        EarlyStakingParameters convex = EarlyStakingParameters.defaults(START).withSaleShares(bd("34000000"));
        assertThatThrownBy(convex::validate).isInstanceOf(CommandRejected.class)
                .hasMessageContaining("must exceed 2 × (saleShares − epsilon)");
    }

    @Test
    void equalSplitRewardScheduleSumsExactlyToTheTotal() {
        EarlyStakingParameters p = EarlyStakingParameters.defaults(START);
        BigDecimal sum = p.rewardSchedule().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(sum).isEqualByComparingTo("30000000");
        assertThat(p.rewardOf(1)).isEqualByComparingTo("576923.076923076923076923");
        assertThat(p.rewardOf(52)).isGreaterThan(p.rewardOf(1));
    }
}
