package io.stakingledger.core.common;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The one identifier pattern of pools, accounts, assets, targets and command ids. */
class IdentifierTest {

    @ParameterizedTest
    @ValueSource(strings = {"kash", "alice", "a", "0", "acct-000123", "KSP-KUSDT", "USDC.e", "tx:0xabc", "pay_7",
            "rest-1a2b3c4d", "everyone-else"})
    void namesInUseAreIdentifiers(String name) {
        assertThat(Inputs.identifier("account", name)).isEqualTo(name);
    }

    @Test
    void theLongestIdentifierHas128Characters() {
        assertThat(Inputs.identifier("account", "a".repeat(128))).hasSize(128);
        assertThatThrownBy(() -> Inputs.identifier("account", "a".repeat(129))).hasMessageContaining("… (129 characters)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a/b", "../x", ".hidden", "-x", "x\u0000y", "<script>alert(1)</script>", "alice ", " alice",
            "al ice", "ali\u00e7e", "a%2Fb", "a\\b", "a\nb", "_x", ":x", "\u0661"})
    void anythingElseIsRefused(String name) {
        assertThatThrownBy(() -> Inputs.identifier("account", name))
                .isInstanceOf(CommandRejected.class)
                .hasMessageStartingWith("field account: ")
                .hasMessageContaining("is not an identifier");
    }

    @Test
    void anEmptyOrMissingIdentifierIsRequired() {
        assertThatThrownBy(() -> Inputs.identifier("account", null)).hasMessage("account is required");
        assertThatThrownBy(() -> Inputs.identifier("account", "")).hasMessage("account is required");
    }
}
