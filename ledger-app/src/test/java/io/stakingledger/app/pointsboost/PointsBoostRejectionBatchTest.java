package io.stakingledger.app.pointsboost;

import com.fasterxml.jackson.databind.JsonNode;
import io.stakingledger.app.batch.BatchRunner;
import io.stakingledger.app.support.Batch;
import io.stakingledger.app.support.LedgerAppTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rejected lines through the batch format: each is reported as {@code {"line": n, "rejected": reason}}
 * with a reason that names the limit, nothing changes, and the next lines still run.
 */
@LedgerAppTest
class PointsBoostRejectionBatchTest {

    /** alice has 100 tokens staked since day 0 (2024-04-30T12:00:00Z); the pool's last event is at day 1. */
    private static final String ALICE_STAKED_100 = """
            {"type":"CreatePool","pool":"$pool","program":"points-boost","params":{},"at":"2024-04-30T12:00:00Z"}
            {"type":"SetBasePoints","pool":"$pool","account":"alice","pointsPerDay":"1000","at":"2024-04-30T12:00:00Z"}
            {"type":"Stake","pool":"$pool","account":"alice","amount":"100","at":"2024-04-30T12:00:00Z"}
            {"type":"SetPrice","pool":"$pool","price":"0.5","at":"2024-05-01T12:00:00Z"}
            """;

    @Autowired
    BatchRunner runner;

    private String pool;

    @BeforeEach
    void newPool() {
        pool = Batch.uniquePool("pb-reject");
    }

    /** Runs the lines after {@link #ALICE_STAKED_100} (so the first of them is line 5). */
    private List<JsonNode> run(String lines) {
        return new Batch(runner).run(pool, ALICE_STAKED_100 + lines);
    }

    /** The single answer expected from one line after the setup: that line rejected. */
    private String rejectionOf(String line) {
        List<JsonNode> out = run(line + "\n");
        assertThat(out).hasSize(1);
        assertThat(out.get(0).get("line").asInt()).isEqualTo(5);
        return out.get(0).get("rejected").asText();
    }

    @Test
    void unstakingMoreThanIsStakedNamesTheBalance() {
        assertThat(rejectionOf("""
                {"type":"Unstake","pool":"$pool","account":"alice","amount":"100.5","at":"2024-05-02T12:00:00Z"}"""))
                .isEqualTo("unstaking 100.5 tokens exceeds the staked balance of 100 tokens of account alice");
    }

    @Test
    void unstakingFromAnAccountWithNothingStakedIsRejected() {
        assertThat(rejectionOf("""
                {"type":"Unstake","pool":"$pool","account":"bob","amount":"1","at":"2024-05-02T12:00:00Z"}"""))
                .isEqualTo("account bob has nothing staked in pool " + pool);
    }

    @Test
    void aNegativeStakeIsRejected() {
        assertThat(rejectionOf("""
                {"type":"Stake","pool":"$pool","account":"alice","amount":"-5","at":"2024-05-02T12:00:00Z"}"""))
                .isEqualTo("amount must be positive, got -5");
    }

    @Test
    void negativeBasePointsAreRejected() {
        assertThat(rejectionOf("""
                {"type":"SetBasePoints","pool":"$pool","account":"alice","pointsPerDay":"-1","at":"2024-05-02T12:00:00Z"}"""))
                .isEqualTo("pointsPerDay must not be negative, got -1");
    }

    @Test
    void aZeroPriceIsRejected() {
        assertThat(rejectionOf("""
                {"type":"SetPrice","pool":"$pool","price":"0","at":"2024-05-02T12:00:00Z"}"""))
                .isEqualTo("price must be positive, got 0");
    }

    @Test
    void anAmountThatIsNotANumberIsRejectedNamingTheField() {
        assertThat(rejectionOf("""
                {"type":"Stake","pool":"$pool","account":"alice","amount":"ten","at":"2024-05-02T12:00:00Z"}"""))
                .startsWith("field amount: ");
    }

    @Test
    void anAmountWithMoreThan18DecimalsIsRejected() {
        assertThat(rejectionOf("""
                {"type":"Stake","pool":"$pool","account":"alice","amount":"0.0000000000000000001","at":"2024-05-02T12:00:00Z"}"""))
                .isEqualTo("amount has more than 18 decimal places: 0.0000000000000000001");
    }

    @Test
    void aMalformedTimeIsRejectedNamingTheField() {
        assertThat(rejectionOf("""
                {"type":"Stake","pool":"$pool","account":"alice","amount":"1","at":"tomorrow"}"""))
                .startsWith("field at: ");
    }

    @Test
    void aCommandWithoutTimeIsRejected() {
        assertThat(rejectionOf("""
                {"type":"Stake","pool":"$pool","account":"alice","amount":"1"}"""))
                .isEqualTo("at (business time) is required");
    }

    @Test
    void timeGoingBackwardsIsRejected() {
        assertThat(rejectionOf("""
                {"type":"Stake","pool":"$pool","account":"alice","amount":"1","at":"2024-04-30T12:00:00Z"}"""))
                .isEqualTo("at 2024-04-30T12:00:00Z is earlier than the pool's last event at 2024-05-01T12:00:00Z;"
                        + " business time must not go backwards");
    }

    @Test
    void aMisspeltFieldIsRejectedRatherThanIgnored() {
        assertThat(rejectionOf("""
                {"type":"Stake","pool":"$pool","account":"alice","amout":"1","at":"2024-05-02T12:00:00Z"}"""))
                .isEqualTo("unknown field \"amout\"");
    }

    @Test
    void aCommandOfAnotherProgramIsRejectedListingThisOnesCommands() {
        assertThat(rejectionOf("""
                {"type":"Purchase","pool":"$pool","account":"alice","amount":"1","at":"2024-05-02T12:00:00Z"}"""))
                .isEqualTo("pool " + pool + " runs points-boost, which has no command Purchase;"
                        + " its commands: SetBasePoints, SetPrice, Stake, Unstake");
    }

    @Test
    void aViewBeforeThePoolsLastEventIsRejectedSayingFromWhenViewsAreAvailable() {
        assertThat(rejectionOf("""
                {"query":"position","pool":"$pool","account":"alice","at":"2024-04-30T12:00:00Z"}"""))
                .isEqualTo("at 2024-04-30T12:00:00Z is earlier than the pool's last event at 2024-05-01T12:00:00Z; a view is evaluated at the pool's last event or later. To see the pool as it stood then," + " ask with asOf=2024-04-30T12:00:00Z");
    }

    @Test
    void aPositionOfAnUnknownAccountIsNotFound() {
        assertThat(rejectionOf("""
                {"query":"position","pool":"$pool","account":"carol"}"""))
                .isEqualTo("account carol has no position in pool " + pool
                        + " (it has never staked nor had base points set)");
    }

    @Test
    void aNegativeParameterIsRejectedAtCreation() {
        assertThat(rejectionOf("""
                {"type":"CreatePool","pool":"$pool-2","program":"points-boost","params":{"maxMultiplier":"-1"},"at":"2024-05-02T12:00:00Z"}"""))
                .isEqualTo("maxMultiplier must not be negative, got -1");
    }

    @Test
    void anUnknownParameterIsRejectedAtCreation() {
        assertThat(rejectionOf("""
                {"type":"CreatePool","pool":"$pool-2","program":"points-boost","params":{"boost":"0.5"},"at":"2024-05-02T12:00:00Z"}"""))
                .isEqualTo("params: unknown field \"boost\"");
    }

    @Test
    void rejectedLinesChangeNothingAndTheNextLinesStillRun() {
        List<JsonNode> out = run("""
                {"type":"Unstake","pool":"$pool","account":"alice","amount":"101","at":"2024-05-02T12:00:00Z"}
                {"type":"Stake","pool":"$pool","account":"alice","amount":"-1","at":"2024-05-02T12:00:00Z"}
                {"type":"Stake","pool":"$pool","account":"alice","amount":"1","at":"2024-04-30T00:00:00Z"}

                {"type":"Stake","pool":"$pool","account":"alice","amount":"10","at":"2024-05-02T12:00:00Z"}
                {"query":"position","pool":"$pool","account":"alice"}
                """);
        assertThat(out).extracting(answer -> answer.get("line").asInt()).containsExactly(5, 6, 7, 10);
        JsonNode position = out.get(3);
        assertThat(position.get("staked").asText()).isEqualTo("110");
        assertThat(position.get("at").asText()).isEqualTo("2024-05-02T12:00:00Z");
    }
}
