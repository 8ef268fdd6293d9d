package io.stakingledger.core.common;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The decimal grammar at its edges: what is read, and what is refused before any arithmetic. */
class DecimalTextTest {

    private static BigDecimal read(String text) {
        return DecimalText.parse("amount", text);
    }

    private static void refused(String text, String message) {
        assertThatThrownBy(() -> read(text))
                .isInstanceOf(CommandRejected.class)
                .hasMessageContaining(message)
                .extracting(e -> ((CommandRejected) e).reason()).isEqualTo(CommandRejected.Reason.INVALID_INPUT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-0", "7", "-7", "1250.5", "0.000000000000000001", "100000.000000000000000000000",
            "999999999999999999999999999999", "999999999999999999999999999999.999999999999999999"})
    void plainDecimalsWithinTheBoundsAreReadExactly(String text) {
        assertThat(read(text)).isEqualByComparingTo(new BigDecimal(text));
    }

    @Test
    void thirtyIntegerDigitsAreTheLargestValue() {
        refused("1000000000000000000000000000000", "more than 30 integer digits");
        refused("-1000000000000000000000000000000", "more than 30 integer digits");
    }

    @Test
    void eighteenFractionalDigitsAreTheFinestValueAndTrailingZerosDoNotCount() {
        refused("0.0000000000000000001", "more than 18 decimal places: 0.0000000000000000001");
        assertThat(read("1.500000000000000000000")).isEqualByComparingTo("1.5");
    }

    @Test
    void aCallerCanAskForFewerFractionalDigits() {
        assertThat(DecimalText.parse("amount", "1.000001", 6)).isEqualByComparingTo("1.000001");
        assertThatThrownBy(() -> DecimalText.parse("amount", "1.0000001", 6))
                .hasMessage("amount has more than 6 decimal places: 1.0000001");
    }

    @Test
    void exponentsAreReadWhenTheValueStaysWithinTheBounds() {
        assertThat(read("1e3")).isEqualByComparingTo("1000").extracting(BigDecimal::scale).isEqualTo(0);
        assertThat(read("25E-7")).isEqualByComparingTo("0.0000025");
        assertThat(read("1E+29")).isEqualByComparingTo("100000000000000000000000000000");
        assertThat(read("1e-18")).isEqualByComparingTo("0.000000000000000001");
    }

    @Test
    void exponentsBeyondTheBoundsAreRefusedWithoutExpandingTheValue() {
        refused("1E+400", "more than 30 integer digits: 1E+400");
        refused("1e999999999", "more than 30 integer digits");
        refused("1e-999999999", "more than 18 decimal places: 1e-999999999");
        refused("1e99999999999999", "more than 30 integer digits");
        refused("1e-99999999999999", "more than 18 decimal places");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", " 5", "5 ", "5\u0000", "+5", "05", "00.5", ".5", "5.", "1,5", "1_000", "0x10",
            "1e", "1e+", "--1", "-", "NaN", "Infinity", "-Infinity", "\u0661\u0662", "\uff11\uff12", "1\u00a0000",
            "５", "1.2.3", "1e3.5", "5d", "5f", "5L", "all"})
    void anythingOutsideTheAsciiGrammarIsRefused(String text) {
        refused(text, "is not a decimal number");
    }

    @Test
    void overlongTextIsRefusedWithoutBeingQuoted() {
        String text = "1".repeat(1_000_000);
        assertThatThrownBy(() -> read(text)).hasMessage("field amount: a decimal has at most 64 characters, got 1000000");
    }

    @Test
    void aRefusedTextIsQuotedShortAndPrintable() {
        assertThatThrownBy(() -> read("5\u0000"))
                .hasMessageStartingWith("field amount: \"5\\u0000\" is not a decimal number");
        String control = "x".repeat(60);
        assertThatThrownBy(() -> read(control)).hasMessageContaining("… (60 characters)");
    }

    @Test
    void missingTextIsRequired() {
        assertThatThrownBy(() -> read(null)).hasMessage("amount is required");
    }

    @Test
    void aNumberAlreadyReadIsBoundedAlikeAndCheaply() {
        assertThat(DecimalText.bounded("amount", new BigDecimal("12.5"))).isEqualTo(new BigDecimal("12.500000000000000000"));
        assertThatThrownBy(() -> DecimalText.bounded("amount", new BigDecimal("1e1000000")))
                .hasMessage("amount has more than 30 integer digits");
        assertThatThrownBy(() -> DecimalText.bounded("amount", new BigDecimal("1e-1000000")))
                .hasMessage("amount has more than 18 decimal places: 1E-1000000");
    }

    @Test
    void wholeNumbersAreDecimalsWithoutFractionWithinTheirRange() {
        assertThat(DecimalText.wholeNumber("epochs", "52", 1, 1000)).isEqualTo(52);
        assertThat(DecimalText.wholeNumber("epochs", "52.0", 1, 1000)).isEqualTo(52);
        assertThatThrownBy(() -> DecimalText.wholeNumber("epochs", "1.5", 1, 1000))
                .hasMessage("epochs must be a whole number, got 1.5");
        assertThatThrownBy(() -> DecimalText.wholeNumber("epochs", "2147483647", 1, 1000))
                .hasMessage("epochs must be between 1 and 1000, got 2147483647");
        assertThatThrownBy(() -> DecimalText.wholeNumber("epochs", "0", 1, 1000))
                .hasMessage("epochs must be between 1 and 1000, got 0");
    }
}
