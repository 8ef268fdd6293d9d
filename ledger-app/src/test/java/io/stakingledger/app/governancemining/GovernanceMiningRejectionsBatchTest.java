package io.stakingledger.app.governancemining;

import com.fasterxml.jackson.databind.JsonNode;
import io.stakingledger.app.batch.BatchRunner;
import io.stakingledger.app.support.Batch;
import io.stakingledger.app.support.LedgerAppTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rejected lines of a governance-mining batch: each answers {@code {"line": n, "rejected": reason}},
 * changes nothing, and the lines after it still run. Alice stakes 100 KDX (included on 2 March), 5 KDX
 * are swept on 3 March, and every line from 5 on is tried on 4 March or later.
 */
@LedgerAppTest
class GovernanceMiningRejectionsBatchTest {

    private static final String START = """
            {"type":"CreatePool","pool":"$pool","program":"governance-mining","at":"2026-03-01T00:00:00Z"}
            {"type":"RequestStake","pool":"$pool","account":"alice","amount":"100","at":"2026-03-01T01:00:00Z"}
            {"type":"IncludePending","pool":"$pool","at":"2026-03-02T00:00:00Z"}
            {"type":"SweepFees","pool":"$pool","amount":"5","at":"2026-03-03T00:00:00Z"}
            """;

    @Autowired
    BatchRunner runner;

    private String pool;

    /** Runs {@code START} then {@code lines}; the output lines by their line number (the first of {@code lines} is 5). */
    private Map<Integer, JsonNode> run(String lines) {
        pool = Batch.uniquePool("gm");
        List<JsonNode> out = new Batch(runner).run(pool, START + lines);
        return out.stream().collect(Collectors.toMap(line -> line.get("line").asInt(), Function.identity()));
    }

    private static String rejection(Map<Integer, JsonNode> out, int line) {
        assertThat(out).containsKey(line);
        return out.get(line).get("rejected").asText();
    }

    @Test
    void aClaimInsideTheCooldownSaysWhenTheNextClaimIsPossible() {
        Map<Integer, JsonNode> out = run("""
                {"type":"Claim","pool":"$pool","account":"alice","at":"2026-03-08T23:59:59Z"}
                {"type":"Claim","pool":"$pool","account":"alice","at":"2026-03-09T00:00:00Z"}
                {"type":"Claim","pool":"$pool","account":"alice","at":"2026-03-10T00:00:00Z"}
                """);
        assertThat(rejection(out, 5)).isEqualTo("account alice can claim once every 7 days (counted from its first "
                + "inclusion at 2026-03-02T00:00:00Z); its next claim is possible at 2026-03-09T00:00:00Z");
        assertThat(out).doesNotContainKey(6);
        assertThat(rejection(out, 7)).isEqualTo("account alice can claim once every 7 days (counted from its last "
                + "claim at 2026-03-09T00:00:00Z); its next claim is possible at 2026-03-16T00:00:00Z");
    }

    @Test
    void anUnstakeAboveTheStakeNamesTheStake() {
        Map<Integer, JsonNode> out = run("""
                {"type":"Unstake","pool":"$pool","account":"alice","amount":"100.000000000001","at":"2026-03-04T00:00:00Z"}
                {"query":"position","pool":"$pool","account":"alice"}
                """);
        assertThat(rejection(out, 5)).isEqualTo("unstaking 100.000000000001 KDX exceeds the account's stake of 100 KDX");
        assertThat(out.get(6).get("staked").asText()).isEqualTo("100");
    }

    @Test
    void aPendingAmountCannotBeUnstakedUntilItIsIncluded() {
        Map<Integer, JsonNode> out = run("""
                {"type":"RequestStake","pool":"$pool","account":"carol","amount":"40","at":"2026-03-04T00:00:00Z"}
                {"type":"Unstake","pool":"$pool","account":"carol","amount":"40","at":"2026-03-04T00:00:00Z"}
                {"type":"RequestStake","pool":"$pool","account":"alice","amount":"10","at":"2026-03-04T00:00:00Z"}
                {"type":"Unstake","pool":"$pool","account":"alice","amount":"110","at":"2026-03-04T00:00:00Z"}
                {"query":"pool","pool":"$pool"}
                """);
        assertThat(rejection(out, 6)).isEqualTo("unstaking 40 KDX exceeds the account's stake of 0 KDX; its pending "
                + "40 KDX is not staked yet and can be unstaked only after it is included");
        assertThat(rejection(out, 8)).isEqualTo("unstaking 110 KDX exceeds the account's stake of 100 KDX; its "
                + "pending 10 KDX is not staked yet and can be unstaked only after it is included");
        assertThat(out.get(9).get("staked").asText()).isEqualTo("100");
        assertThat(out.get(9).get("pendingAdd").asText()).isEqualTo("50");
    }

    @Test
    void timeGoingBackwardsIsRejectedAndLaterLinesStillRun() {
        Map<Integer, JsonNode> out = run("""
                {"type":"SweepFees","pool":"$pool","amount":"1","at":"2026-03-02T23:59:59Z"}
                {"type":"SweepFees","pool":"$pool","amount":"1","at":"2026-03-03T00:00:00Z"}
                {"query":"pool","pool":"$pool"}
                """);
        assertThat(rejection(out, 5)).isEqualTo("at 2026-03-02T23:59:59Z is earlier than the pool's last event at "
                + "2026-03-03T00:00:00Z; business time must not go backwards");
        assertThat(out).doesNotContainKey(6);
        assertThat(out.get(7).get("feesSwept").asText()).isEqualTo("6");
    }

    @Test
    void malformedAmountsAreRejectedNamingTheField() {
        Map<Integer, JsonNode> out = run("""
                {"type":"RequestStake","pool":"$pool","account":"bob","amount":"ten","at":"2026-03-04T00:00:00Z"}
                {"type":"RequestStake","pool":"$pool","account":"bob","amount":"-1","at":"2026-03-04T00:00:00Z"}
                {"type":"RequestStake","pool":"$pool","account":"bob","amount":"0","at":"2026-03-04T00:00:00Z"}
                {"type":"RequestStake","pool":"$pool","account":"bob","amount":"1.0000000000001","at":"2026-03-04T00:00:00Z"}
                {"type":"RequestStake","pool":"$pool","account":"bob","at":"2026-03-04T00:00:00Z"}
                {"type":"SweepFees","pool":"$pool","amount":"1e-13","at":"2026-03-04T00:00:00Z"}
                {"query":"pool","pool":"$pool"}
                """);
        assertThat(rejection(out, 5)).startsWith("field amount: ").contains("ten");
        assertThat(rejection(out, 6)).isEqualTo("amount must be positive, got -1");
        assertThat(rejection(out, 7)).isEqualTo("amount must be positive, got 0");
        assertThat(rejection(out, 8)).isEqualTo("amount 1.0000000000001 has more than 12 decimal places, the "
                + "precision of the pool's token");
        assertThat(rejection(out, 9)).isEqualTo("amount is required");
        assertThat(rejection(out, 10)).isEqualTo("amount 0.0000000000001 has more than 12 decimal places, the "
                + "precision of the pool's token");
        assertThat(out.get(11).get("pendingAdd").asText()).isEqualTo("0");
        assertThat(out.get(11).get("feesSwept").asText()).isEqualTo("5");
    }

    @Test
    void malformedLinesAreRejectedWithTheirReason() {
        Map<Integer, JsonNode> out = run("""
                {"type":"SweepFees","pool":"$pool","account":"alice","amount":"1","at":"2026-03-04T00:00:00Z"}
                {"type":"Claim","pool":"$pool","at":"2026-03-10T00:00:00Z"}
                {"type":"Claim","pool":"$pool","account":"alice","at":"next tuesday"}
                {"type":"Claim","pool":"$pool","account":"alice"}
                {"type":"Stake","pool":"$pool","account":"alice","amount":"1","at":"2026-03-10T00:00:00Z"}
                {"type":"Claim","pool":"$pool","account":"alice","at":"2026-03-10T00:00:00Z"
                """);
        assertThat(rejection(out, 5)).isEqualTo("unknown field \"account\"");
        assertThat(rejection(out, 6)).isEqualTo("account is required");
        assertThat(rejection(out, 7)).startsWith("field at: ").contains("next tuesday");
        assertThat(rejection(out, 8)).isEqualTo("at (business time) is required");
        assertThat(rejection(out, 9)).isEqualTo("pool " + pool + " runs governance-mining, which has no command "
                + "Stake; its commands: Claim, IncludePending, RequestStake, SweepFees, Unstake");
        assertThat(rejection(out, 10)).startsWith("malformed JSON");
    }

    @Test
    void unknownAndNeverIncludedAccountsCannotClaimOrUnstake() {
        Map<Integer, JsonNode> out = run("""
                {"type":"Claim","pool":"$pool","account":"zoe","at":"2026-03-10T00:00:00Z"}
                {"type":"Unstake","pool":"$pool","account":"zoe","amount":"1","at":"2026-03-10T00:00:00Z"}
                {"type":"RequestStake","pool":"$pool","account":"carol","amount":"40","at":"2026-03-10T00:00:00Z"}
                {"type":"Claim","pool":"$pool","account":"carol","at":"2026-03-20T00:00:00Z"}
                {"query":"position","pool":"$pool","account":"zoe"}
                """);
        assertThat(rejection(out, 5)).isEqualTo("account zoe has never staked in pool " + pool);
        assertThat(rejection(out, 6)).isEqualTo("account zoe has never staked in pool " + pool);
        assertThat(rejection(out, 8)).isEqualTo("account carol has not been included in pool " + pool
                + " yet (pending 40 KDX), so it has no reward to claim");
        assertThat(rejection(out, 9)).isEqualTo("account zoe has never staked in pool " + pool);
    }

    @Test
    void includingWithNothingPendingIsRejected() {
        Map<Integer, JsonNode> out = run("""
                {"type":"IncludePending","pool":"$pool","at":"2026-03-04T00:00:00Z"}
                """);
        assertThat(rejection(out, 5)).isEqualTo("no stake is pending in pool " + pool + "; nothing to include");
    }

    @Test
    void aViewAtAnInstantBeforeThePoolsLatestEventIsRejectedSayingFromWhenItCanBeAsked() {
        Map<Integer, JsonNode> out = run("""
                {"query":"position","pool":"$pool","account":"alice","at":"2026-03-02T12:00:00Z"}
                {"query":"pool","pool":"$pool","at":"2026-03-02T12:00:00Z"}
                {"query":"position","pool":"$pool","account":"alice","at":"the second of March"}
                """);
        String expected = "at 2026-03-02T12:00:00Z is earlier than the pool's last event at 2026-03-03T00:00:00Z; a view is evaluated at the pool's last event or later. To see the pool as it stood then," + " ask with asOf=2026-03-02T12:00:00Z";
        assertThat(rejection(out, 5)).isEqualTo(expected);
        assertThat(rejection(out, 6)).isEqualTo(expected);
        assertThat(rejection(out, 7)).isEqualTo("field at: \"the second of March\" is not an ISO-8601 instant with a "
                + "zone (e.g. 2026-01-01T00:00:00Z)");
    }

    @Test
    void aRepeatedCommandIdIsAppliedOnce() {
        Map<Integer, JsonNode> out = run("""
                {"type":"RequestStake","pool":"$pool","account":"bob","amount":"25","at":"2026-03-04T00:00:00Z","commandId":"bob-1"}
                {"type":"RequestStake","pool":"$pool","account":"bob","amount":"25","at":"2026-03-04T00:00:00Z","commandId":"bob-1"}
                {"query":"position","pool":"$pool","account":"bob"}
                """);
        assertThat(out.keySet()).containsExactly(7);
        assertThat(out.get(7).get("pendingAdd").asText()).isEqualTo("25");
    }
}
