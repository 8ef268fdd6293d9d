package io.stakingledger.app.voteescrow;

import com.fasterxml.jackson.databind.JsonNode;
import io.stakingledger.app.batch.BatchRunner;
import io.stakingledger.app.support.LedgerAppTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** docs/domain/vote-escrow.md Unlock and EndRenewal through the batch format: only inside the window after the end. */
@LedgerAppTest
class VoteEscrowUnlockBatchTest {

    /** Alice and Bob lock 100 KSP each for 4M at T0 (end 2024-05-15, window until 2024-05-22) and vote. */
    private static final String TWO_VOTERS = """
            {"type":"Lock","pool":"$pool","account":"alice","amount":"100","term":"4M","at":"2024-01-15T00:00:00Z"}
            {"type":"Lock","pool":"$pool","account":"bob","amount":"100","term":"4M","at":"2024-01-15T00:00:00Z"}
            {"type":"Vote","pool":"$pool","account":"alice","target":"KSP-KUSDT","amount":"60","at":"2024-01-15T00:00:00Z"}
            {"type":"Vote","pool":"$pool","account":"bob","target":"KSP-KUSDT","amount":"40","at":"2024-01-15T00:00:00Z"}
            """;

    @Autowired
    BatchRunner runner;

    private List<JsonNode> run(String lines) {
        return EscrowBatch.runOnNewPool(runner, lines);
    }

    @Test
    void unlockBeforeTheEndIsRejectedNamingTheWindow() {
        List<JsonNode> out = run(TWO_VOTERS + """
                {"type":"Unlock","pool":"$pool","account":"alice","at":"2024-03-01T00:00:00Z"}
                {"query":"position","pool":"$pool","account":"alice"}
                """);
        assertThat(out.get(0).get("line").asInt()).isEqualTo(6);
        assertThat(out.get(0).get("rejected").asText()).isEqualTo("account alice's KSP are locked until "
                + "2024-05-15T00:00:00Z: it can be unlocked from 2024-05-15T00:00:00Z until 2024-05-22T00:00:00Z "
                + "(the unlock window), not at 2024-03-01T00:00:00Z");
        assertThat(out.get(1).get("locked").asText()).isEqualTo("100");
        assertThat(out.get(1).get("votesTotal").asText()).isEqualTo("60");
    }

    @Test
    void unlockInsideTheWindowReturnsTheKspAndClearsTheVotes() {
        List<JsonNode> out = run(TWO_VOTERS + """
                {"type":"Unlock","pool":"$pool","account":"alice","at":"2024-05-16T00:00:00Z"}
                {"query":"position","pool":"$pool","account":"alice"}
                {"query":"position","pool":"$pool","account":"bob"}
                {"query":"pool","pool":"$pool"}
                """);
        assertThat(out).hasSize(3);
        JsonNode alice = out.get(0);
        assertThat(alice.get("locked").asText()).isEqualTo("0");
        assertThat(alice.get("vKsp").asText()).isEqualTo("0");
        assertThat(alice.get("votesTotal").asText()).isEqualTo("0");
        assertThat(alice.get("votes")).isEmpty();
        assertThat(alice.get("lockEnd").isNull()).isTrue();
        JsonNode bobsVote = out.get(1).get("votes").get(0);
        assertThat(bobsVote.get("target").asText()).isEqualTo("KSP-KUSDT");
        assertThat(bobsVote.get("targetVotes").asText()).isEqualTo("40");
        assertThat(out.get(2).get("vKspTotal").asText()).isEqualTo("100");
        assertThat(out.get(2).get("lockedAccounts").asInt()).isEqualTo(1);
    }

    @Test
    void unlockAtTheEndItselfIsAccepted() {
        List<JsonNode> out = run(TWO_VOTERS + """
                {"type":"Unlock","pool":"$pool","account":"alice","at":"2024-05-15T00:00:00Z"}
                {"query":"position","pool":"$pool","account":"alice"}
                """);
        assertThat(out).hasSize(1);
        assertThat(out.get(0).get("locked").asText()).isEqualTo("0");
    }

    @Test
    void unlockAfterTheWindowIsRejectedWithTheRenewedEnd() {
        List<JsonNode> out = run(TWO_VOTERS + """
                {"type":"Unlock","pool":"$pool","account":"bob","at":"2024-05-22T00:00:00Z"}
                {"query":"position","pool":"$pool","account":"bob","at":"2024-05-22T00:00:00Z"}
                """);
        assertThat(out.get(0).get("line").asInt()).isEqualTo(6);
        assertThat(out.get(0).get("rejected").asText()).isEqualTo("the unlock window after account bob's lock end of "
                + "2024-05-15T00:00:00Z closed at 2024-05-22T00:00:00Z, so the lock renewed automatically for 4 months "
                + "and is locked until 2024-09-15T00:00:00Z: it can be unlocked from 2024-09-15T00:00:00Z until "
                + "2024-09-22T00:00:00Z (the unlock window), not at 2024-05-22T00:00:00Z");
        assertThat(out.get(1).get("locked").asText()).isEqualTo("100");
        assertThat(out.get(1).get("lockEnd").asText()).isEqualTo("2024-09-15T00:00:00Z");
    }

    @Test
    void aSelfRenewingLockCannotBeUnlockedUntilItsRenewalEnds() {
        List<JsonNode> out = run("""
                {"type":"Lock","pool":"$pool","account":"carol","amount":"50","term":"12M+","at":"2024-01-15T00:00:00Z"}
                {"type":"Unlock","pool":"$pool","account":"carol","at":"2025-01-16T00:00:00Z"}
                """);
        assertThat(out.get(0).get("line").asInt()).isEqualTo(3);
        assertThat(out.get(0).get("rejected").asText()).isEqualTo("account carol holds a self-renewing 12M+ lock, "
                + "which renews at every end (next end 2026-01-15T00:00:00Z) and has no unlock window: send "
                + "EndRenewal first, then unlock in the 7-day window after that end");
    }

    @Test
    void endRenewalOpensTheWindowAtTheCurrentEndAndKeepsTheMultiplier() {
        List<JsonNode> out = run("""
                {"type":"Lock","pool":"$pool","account":"carol","amount":"50","term":"12M+","at":"2024-01-15T00:00:00Z"}
                {"type":"EndRenewal","pool":"$pool","account":"carol","at":"2025-02-01T00:00:00Z"}
                {"query":"position","pool":"$pool","account":"carol"}
                {"type":"Unlock","pool":"$pool","account":"carol","at":"2026-01-16T00:00:00Z"}
                {"query":"position","pool":"$pool","account":"carol"}
                """);
        assertThat(out).hasSize(2);
        JsonNode ended = out.get(0);
        assertThat(ended.get("selfRenewing").asBoolean()).isFalse();
        assertThat(ended.get("vKsp").asText()).isEqualTo("400");
        assertThat(ended.get("lockEnd").asText()).isEqualTo("2026-01-15T00:00:00Z");
        assertThat(ended.get("unlockWindowEnd").asText()).isEqualTo("2026-01-22T00:00:00Z");
        assertThat(out.get(1).get("locked").asText()).isEqualTo("0");
    }
}
