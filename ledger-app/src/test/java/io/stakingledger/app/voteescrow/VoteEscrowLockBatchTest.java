package io.stakingledger.app.voteescrow;

import com.fasterxml.jackson.databind.JsonNode;
import io.stakingledger.app.batch.BatchRunner;
import io.stakingledger.app.support.LedgerAppTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** docs/domain/vote-escrow.md Lock through the batch format: vKSP multipliers, the shared end date, renewals seen by views. */
@LedgerAppTest
class VoteEscrowLockBatchTest {

    @Autowired
    BatchRunner runner;

    private List<JsonNode> run(String lines) {
        return EscrowBatch.runOnNewPool(runner, lines);
    }

    @Test
    void aLongerTermLiftsEveryLockedKspToItsMultiplier() {
        List<JsonNode> out = run("""
                {"type":"Lock","pool":"$pool","account":"alice","amount":"100","term":"4M","at":"2024-01-15T00:00:00Z"}
                {"type":"Lock","pool":"$pool","account":"alice","amount":"100","term":"12M","at":"2024-01-15T00:00:00Z"}
                {"query":"position","pool":"$pool","account":"alice"}
                """);
        assertThat(out).hasSize(1);
        JsonNode position = out.get(0);
        assertThat(position.get("locked").asText()).isEqualTo("200");
        assertThat(position.get("vKsp").asText()).isEqualTo("800");
        assertThat(position.get("term").asText()).isEqualTo("12M");
    }

    @Test
    void aShorterTermLeavesEarlierLotsAtTheirOwnMultiplier() {
        List<JsonNode> out = run("""
                {"type":"Lock","pool":"$pool","account":"alice","amount":"100","term":"12M","at":"2024-01-15T00:00:00Z"}
                {"type":"Lock","pool":"$pool","account":"alice","amount":"100","term":"4M","at":"2024-01-15T00:00:00Z"}
                {"query":"position","pool":"$pool","account":"alice"}
                {"query":"pool","pool":"$pool"}
                """);
        assertThat(out.get(0).get("vKsp").asText()).isEqualTo("500");
        assertThat(out.get(0).get("term").asText()).isEqualTo("12M");
        assertThat(out.get(1).get("totalLocked").asText()).isEqualTo("200");
        assertThat(out.get(1).get("vKspTotal").asText()).isEqualTo("500");
    }

    @Test
    void aFirstLockEndsOneTermLaterWithItsUnlockWindowAfter() {
        List<JsonNode> out = run("""
                {"type":"Lock","pool":"$pool","account":"alice","amount":"100","term":"4M","at":"2024-01-15T00:00:00Z"}
                {"query":"position","pool":"$pool","account":"alice"}
                """);
        assertThat(out.get(0).get("lockEnd").asText()).isEqualTo("2024-05-15T00:00:00Z");
        assertThat(out.get(0).get("unlockWindowEnd").asText()).isEqualTo("2024-05-22T00:00:00Z");
        assertThat(out.get(0).get("unlockable").asBoolean()).isFalse();
    }

    @Test
    void aLockEndingBeforeTheCurrentEndKeepsTheEnd() {
        List<JsonNode> out = run("""
                {"type":"Lock","pool":"$pool","account":"alice","amount":"100","term":"12M","at":"2024-01-15T00:00:00Z"}
                {"type":"Lock","pool":"$pool","account":"alice","amount":"100","term":"4M","at":"2024-03-01T00:00:00Z"}
                {"query":"position","pool":"$pool","account":"alice"}
                """);
        assertThat(out.get(0).get("lockEnd").asText()).isEqualTo("2025-01-15T00:00:00Z");
    }

    @Test
    void aLockEndingAfterTheCurrentEndMovesTheWholeAccountsEnd() {
        List<JsonNode> out = run("""
                {"type":"Lock","pool":"$pool","account":"alice","amount":"100","term":"4M","at":"2024-01-15T00:00:00Z"}
                {"type":"Lock","pool":"$pool","account":"alice","amount":"1","term":"4M","at":"2024-03-01T12:00:00Z"}
                {"query":"position","pool":"$pool","account":"alice"}
                """);
        assertThat(out.get(0).get("lockEnd").asText()).isEqualTo("2024-07-01T12:00:00Z");
        assertThat(out.get(0).get("unlockWindowEnd").asText()).isEqualTo("2024-07-08T12:00:00Z");
        assertThat(out.get(0).get("vKsp").asText()).isEqualTo("101");
    }

    @Test
    void aLockEndInAShorterMonthFallsOnItsLastDay() {
        List<JsonNode> out = run("""
                {"type":"Lock","pool":"$pool","account":"alice","amount":"100","term":"4M","at":"2024-10-31T09:30:00Z"}
                {"query":"position","pool":"$pool","account":"alice"}
                """);
        assertThat(out.get(0).get("lockEnd").asText()).isEqualTo("2025-02-28T09:30:00Z");
    }

    @Test
    void aPositionAskedAfterTheWindowShowsTheAutomaticRenewal() {
        List<JsonNode> out = run("""
                {"type":"Lock","pool":"$pool","account":"alice","amount":"100","term":"4M","at":"2024-01-15T00:00:00Z"}
                {"query":"position","pool":"$pool","account":"alice","at":"2024-05-20T00:00:00Z"}
                {"query":"position","pool":"$pool","account":"alice","at":"2024-06-01T00:00:00Z"}
                {"query":"position","pool":"$pool","account":"alice","at":"2031-02-03T00:00:00Z"}
                """);
        assertThat(out.get(0).get("lockEnd").asText()).isEqualTo("2024-05-15T00:00:00Z");
        assertThat(out.get(0).get("unlockable").asBoolean()).isTrue();
        assertThat(out.get(1).get("lockEnd").asText()).isEqualTo("2024-09-15T00:00:00Z");
        assertThat(out.get(1).get("unlockable").asBoolean()).isFalse();
        assertThat(out.get(1).get("at").asText()).isEqualTo("2024-06-01T00:00:00Z");
        assertThat(out.get(2).get("lockEnd").asText()).isEqualTo("2031-05-15T00:00:00Z");
    }

    @Test
    void aSelfRenewingLockHasAnEndButNoUnlockWindow() {
        List<JsonNode> out = run("""
                {"type":"Lock","pool":"$pool","account":"carol","amount":"50","term":"12M+","at":"2024-01-15T00:00:00Z"}
                {"query":"position","pool":"$pool","account":"carol","at":"2026-06-01T00:00:00Z"}
                """);
        JsonNode position = out.get(0);
        assertThat(position.get("vKsp").asText()).isEqualTo("400");
        assertThat(position.get("selfRenewing").asBoolean()).isTrue();
        assertThat(position.get("lockEnd").asText()).isEqualTo("2027-01-15T00:00:00Z");
        assertThat(position.get("unlockWindowEnd").isNull()).isTrue();
    }
}
