package io.stakingledger.app.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stakingledger.core.common.CommandRejected;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The strict reader of a command's fields: which fields, absent versus null versus blank, and the canonical form. */
class FieldsTest {

    private static Fields fields(String json) {
        return Fields.of(JsonInput.object(json, "the body"), "");
    }

    @Test
    void anUnknownFieldIsRefusedBeforeAnyValueIsRead() {
        assertThatThrownBy(() -> fields("{\"ammount\":\"1\"}").allow("account", "amount"))
                .hasMessage("unknown field \"ammount\"");
    }

    @Test
    void poolAndTypeAreRefusedAmongTheFieldsWithTheReason() {
        assertThatThrownBy(() -> fields("{\"pool\":\"kash\"}").allow("account"))
                .hasMessageStartingWith("field \"pool\" does not belong among the fields");
        assertThatThrownBy(() -> fields("{\"type\":\"Stake\"}").allow("account"))
                .hasMessageStartingWith("field \"type\" does not belong among the fields");
    }

    @Test
    void anAbsentAtIsTheServersClockButANullOrBlankOneIsRefused() {
        assertThat(fields("{}").at()).isNull();
        assertThatThrownBy(() -> fields("{\"at\":null}").at()).hasMessageContaining("leave at out");
        assertThatThrownBy(() -> fields("{\"at\":\"\"}").at()).hasMessageStartingWith("field at: \"\" is not an ISO-8601");
        assertThatThrownBy(() -> fields("{\"at\":\" \"}").at()).hasMessageStartingWith("field at: \" \" is not");
        assertThatThrownBy(() -> fields("{\"at\":1767225600}").at()).hasMessageContaining("written as a JSON string");
        assertThat(fields("{\"at\":\"2026-01-01T09:00:00+09:00\"}").at()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
    }

    @Test
    void aMissingAndANullRequiredFieldAreBothRequired() {
        assertThatThrownBy(() -> fields("{}").decimal("amount")).hasMessage("amount is required");
        assertThatThrownBy(() -> fields("{\"amount\":null}").decimal("amount")).hasMessage("amount is required");
        assertThatThrownBy(() -> fields("{}").identifier("account")).hasMessage("account is required");
    }

    @Test
    void aDecimalIsAStringOrAJsonNumberInTheSameGrammar() {
        assertThat(fields("{\"amount\":\"12.5\"}").decimal("amount")).isEqualByComparingTo("12.5");
        assertThat(fields("{\"amount\":12.5}").decimal("amount")).isEqualByComparingTo("12.5");
        assertThat(fields("{\"amount\":1e3}").decimal("amount")).isEqualByComparingTo("1000");
        assertThatThrownBy(() -> fields("{\"amount\":1e999999999}").decimal("amount"))
                .hasMessage("amount has more than 30 integer digits: 1E+999999999");
        assertThatThrownBy(() -> fields("{\"amount\":true}").decimal("amount"))
                .hasMessageStartingWith("field amount: must be a decimal number");
        assertThatThrownBy(() -> fields("{\"amount\":\"5\\u0000\"}").decimal("amount"))
                .hasMessageStartingWith("field amount: \"5\\u0000\" is not a decimal number");
    }

    @Test
    void withdrawalsTakeTheWordAllOnlyAsWritten() {
        assertThat(fields("{\"amount\":\"all\"}").decimalOrAll("amount", true)).isNull();
        assertThatThrownBy(() -> fields("{\"amount\":\"ALL\"}").decimalOrAll("amount", true))
                .hasMessageStartingWith("field amount: \"ALL\" is not a decimal number");
        assertThat(fields("{}").decimalOrAll("amount", false)).isNull();
    }

    @Test
    void wholeNumbersAreBoundedBeforeAnythingIsAllocated() {
        assertThatThrownBy(() -> fields("{\"epochs\":2147483647}").optionalWholeNumber("epochs", 1, 1000))
                .hasMessage("epochs must be between 1 and 1000, got 2147483647");
        assertThatThrownBy(() -> fields("{\"epochs\":1.5}").optionalWholeNumber("epochs", 1, 1000))
                .hasMessage("epochs must be a whole number, got 1.5");
    }

    @Test
    void nestedParametersNameTheirObjectInEveryRejection() {
        Fields params = fields("{\"params\":{\"maturation\":\"sixty days\",\"apr\":\"1\"}}").object("params");
        assertThatThrownBy(() -> params.allow("maturation")).hasMessage("params: unknown field \"apr\"");
        Fields valid = fields("{\"params\":{\"maturation\":\"sixty days\"}}").object("params");
        assertThatThrownBy(() -> valid.optionalDuration("maturation"))
                .hasMessageStartingWith("params: field maturation: \"sixty days\" is not an ISO-8601 duration");
    }

    @Test
    void theCanonicalFormNormalizesWhatWasReadSoEqualCommandsFingerprintAlike() {
        Fields first = fields("{\"account\":\"alice\",\"amount\":\"1.50\",\"at\":\"2026-01-01T09:00:00+09:00\"}");
        first.identifier("account");
        first.decimal("amount");
        first.at();
        Fields second = fields("{\"at\":\"2026-01-01T00:00:00Z\",\"amount\":1.5,\"account\":\"alice\"}");
        second.identifier("account");
        second.decimal("amount");
        second.at();

        assertThat(first.canonical()).isEqualTo(second.canonical())
                .containsEntry("amount", "1.5").containsEntry("at", "2026-01-01T00:00:00Z");
        assertThat(CommandFingerprint.of("Stake", "kash", first.canonical()))
                .isEqualTo(CommandFingerprint.of("Stake", "kash", second.canonical()))
                .isNotEqualTo(CommandFingerprint.of("Unstake", "kash", second.canonical()))
                .hasSize(64);
    }

    @Test
    void theBodyIsOneUtf8JsonObjectAndNothingElse() {
        assertThat(JsonInput.body(new byte[0])).isEqualTo(JsonInput.emptyObject());
        assertThatThrownBy(() -> JsonInput.body(new byte[] {'{', '"', (byte) 0xC3, '"', ':', '1', '}'}))
                .hasMessage("the body is not valid UTF-8 text");
        assertThatThrownBy(() -> JsonInput.object("{\"a\":1} x", "the body"))
                .hasMessageStartingWith("malformed JSON at line 1, column");
        assertThatThrownBy(() -> JsonInput.object("{\"a\":1}{}", "the body"))
                .hasMessageEndingWith("nothing may follow the JSON object");
        assertThatThrownBy(() -> JsonInput.object("{\"a\":1,\"a\":2}", "the body")).hasMessageEndingWith("a field appears twice");
        assertThatThrownBy(() -> JsonInput.object("[1]", "the body")).hasMessage("the body must be one JSON object ({...})");
        ObjectNode deep = JsonInput.object("{\"a\":{\"b\":{\"c\":{}}}}", "the body");
        assertThat(deep.at("/a/b/c").isObject()).isTrue();
        assertThatThrownBy(() -> JsonInput.object("{\"a\":" + "[".repeat(20) + "]".repeat(20) + "}", "the body"))
                .isInstanceOf(CommandRejected.class).hasMessageContaining("nests deeper than 8 levels");
        assertThat(new BigDecimal(JsonInput.object("{\"a\":0.1}", "x").get("a").decimalValue().toString()))
                .isEqualByComparingTo("0.1");
    }
}
