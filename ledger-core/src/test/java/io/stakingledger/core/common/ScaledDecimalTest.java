package io.stakingledger.core.common;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScaledDecimalTest {

    @Test
    void theTypeFixesTheScaleAndEqualValuesAreEqual() {
        assertThat(Amount.of("1.5").value()).isEqualTo(new BigDecimal("1.500000000000000000"));
        assertThat(Amount.of("1.5")).isEqualTo(Amount.of(new BigDecimal("1.50"))).hasSameHashCodeAs(Amount.of("1.500"));
        assertThat(Rate.of("2").value().scale()).isEqualTo(36);
        assertThat(Shares.of("1")).isNotEqualTo(Amount.of("1"));
    }

    @Test
    void digitsBeyondTheScaleAreRefusedRatherThanRounded() {
        assertThatThrownBy(() -> Amount.of("0.0000000000000000001")).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Rate.of(new BigDecimal("1E-37"))).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void losingDigitsGoesTheWayItsReasonSays() {
        Amount third = Amount.of("1").dividedBy(BigDecimal.valueOf(3), Rounding.CREDIT);
        assertThat(third).isEqualTo(Amount.of("0.333333333333333333"));
        assertThat(Amount.of("1").dividedBy(BigDecimal.valueOf(3), Rounding.DEBIT)).isEqualTo(Amount.of("0.333333333333333334"));
        assertThat(Shares.of("10").mulDiv(BigDecimal.ONE, BigDecimal.valueOf(7), Rounding.DEBIT))
                .isEqualTo(Shares.of("1.428571428571428572"));
        assertThat(Amount.of("2").times(new BigDecimal("0.1234567890123456789"), Rounding.CREDIT))
                .isEqualTo(Amount.of("0.246913578024691357"));
        assertThat(Amount.rounded(new BigDecimal("-0.0000000000000000005"), Rounding.DEBIT))
                .isEqualTo(Amount.of("-0.000000000000000001"));
        assertThat(Rate.shareOf(BigDecimal.ONE, BigDecimal.valueOf(3), Rounding.SHARE_OUT).value())
                .isEqualTo(new BigDecimal("0.333333333333333333333333333333333333"));
    }

    @Test
    void arithmeticStaysWithinOneKindOfQuantity() {
        assertThat(Amount.of("3").plus(Amount.of("0.5")).minus(Amount.of("1"))).isEqualTo(Amount.of("2.5"));
        assertThat(Amount.of("1").min(Amount.of("2"))).isEqualTo(Amount.of("1"));
        assertThat(Amount.of("1").max(Amount.of("2"))).isEqualTo(Amount.of("2"));
        assertThat(Amount.of("1").exceeds(Amount.of("1"))).isFalse();
        assertThat(Amount.of("1").negate().isNegative()).isTrue();
        assertThat(Amount.sum(List.of(Amount.of("1"), Amount.of("2.25")))).isEqualTo(Amount.of("3.25"));
        assertThat(Rate.of("0.5").earnedSince(Rate.of("0.25"), Shares.of("4"))).isEqualByComparingTo("1");
        assertThat(Amount.of("100000").format()).isEqualTo("100000");
        assertThat(Amount.ZERO.format()).isEqualTo("0");
    }

    @Test
    void jsonIsThePlainDecimalAtFullScaleAndReadsBackEqual() throws Exception {
        ObjectMapper mapper = JsonMapper.builder()
                .enable(com.fasterxml.jackson.core.StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();
        mapper.configOverride(BigDecimal.class).setFormat(
                com.fasterxml.jackson.annotation.JsonFormat.Value.forShape(com.fasterxml.jackson.annotation.JsonFormat.Shape.STRING));
        record Holding(Amount amount, Rate rate) {
        }
        String json = mapper.writeValueAsString(new Holding(Amount.of("1.5"), Rate.ZERO));
        assertThat(json).isEqualTo("{\"amount\":\"1.500000000000000000\",\"rate\":\"0.000000000000000000000000000000000000\"}");
        assertThat(mapper.readValue(json, Holding.class)).isEqualTo(new Holding(Amount.of("1.5"), Rate.ZERO));
        assertThat(mapper.readValue("{\"amount\":2,\"rate\":\"0\"}", Holding.class).amount()).isEqualTo(Amount.of("2"));
    }
}
