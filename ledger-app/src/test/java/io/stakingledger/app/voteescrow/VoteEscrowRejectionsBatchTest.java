package io.stakingledger.app.voteescrow;

import com.fasterxml.jackson.databind.JsonNode;
import io.stakingledger.app.batch.BatchRunner;
import io.stakingledger.app.support.Batch;
import io.stakingledger.app.support.LedgerAppTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Rejected vote-escrow lines: reported with their line number and reason, the pool unchanged, the file goes on. */
@LedgerAppTest
class VoteEscrowRejectionsBatchTest {

    private static final String ALICE_LOCKS_100 = """
            {"type":"Lock","pool":"$pool","account":"alice","amount":"100","term":"4M","at":"2024-01-15T00:00:00Z"}
            """;

    @Autowired
    BatchRunner runner;

    private List<JsonNode> run(String lines) {
        return EscrowBatch.runOnNewPool(runner, lines);
    }

    private static void assertRejected(JsonNode line, int number, String reason) {
        assertThat(line.get("line").asInt()).isEqualTo(number);
        assertThat(line.get("rejected").asText()).isEqualTo(reason);
    }

    @Test
    void anUnknownTermIsRejectedListingThePoolsTerms() {
        List<JsonNode> out = run("""
                {"type":"Lock","pool":"$pool","account":"alice","amount":"100","term":"6M","at":"2024-01-15T00:00:00Z"}
                {"type":"Lock","pool":"$pool","account":"alice","amount":"100","term":"2Y","at":"2024-01-15T00:00:00Z"}
                {"query":"pool","pool":"$pool"}
                """);
        assertRejected(out.get(0), 2, "unknown term 6M: this pool offers 4M, 8M, 12M, 12M+");
        assertRejected(out.get(1), 3, "term 2Y is not a lock term: write <months>M or <months>M+ (e.g. 12M+)");
        assertThat(out.get(2).get("totalLocked").asText()).isEqualTo("0");
    }

    @Test
    void unlockWhileLockedIsRejected() {
        List<JsonNode> out = run(ALICE_LOCKS_100 + """
                {"type":"Unlock","pool":"$pool","account":"alice","at":"2024-05-14T23:59:59Z"}
                """);
        assertThat(out.get(0).get("line").asInt()).isEqualTo(3);
        assertThat(out.get(0).get("rejected").asText()).startsWith("account alice's KSP are locked until 2024-05-15T00:00:00Z");
    }

    @Test
    void votesAboveTheAccountsVkspAreRejectedWithWhatIsAvailable() {
        List<JsonNode> out = run(ALICE_LOCKS_100 + """
                {"type":"Vote","pool":"$pool","account":"alice","target":"KSP-KUSDT","amount":"60","at":"2024-01-15T00:00:00Z"}
                {"type":"Vote","pool":"$pool","account":"alice","target":"KSP-ETH","amount":"41","at":"2024-01-15T00:00:00Z"}
                {"query":"position","pool":"$pool","account":"alice"}
                """);
        assertRejected(out.get(0), 4, "voting 41 vKSP for KSP-ETH would bring account alice's votes to 101, above its "
                + "vKSP of 100: 40 vKSP are available to vote");
        assertThat(out.get(1).get("votesTotal").asText()).isEqualTo("60");
        assertThat(out.get(1).get("votes")).hasSize(1);
    }

    @Test
    void votingWithoutALockIsRejected() {
        List<JsonNode> out = run("""
                {"type":"Vote","pool":"$pool","account":"carol","target":"KSP-KUSDT","amount":"1","at":"2024-01-15T00:00:00Z"}
                """);
        assertThat(out.get(0).get("rejected").asText()).startsWith("account carol has no KSP locked in pool ")
                .endsWith(" to vote with (voting power comes from locking KSP)");
    }

    @Test
    void endRenewalOfALockThatDoesNotRenewIsRejected() {
        List<JsonNode> out = run(ALICE_LOCKS_100 + """
                {"type":"EndRenewal","pool":"$pool","account":"alice","at":"2024-02-01T00:00:00Z"}
                """);
        assertRejected(out.get(0), 3, "account alice's lock (longest term 4M, ending 2024-05-15T00:00:00Z) does not "
                + "renew at every end; EndRenewal applies only to a self-renewing term such as 12M+ that has not "
                + "already ended its renewal");
    }

    @Test
    void malformedNumbersTimesAndFieldsAreRejectedWithTheFieldNamed() {
        List<JsonNode> out = run(ALICE_LOCKS_100 + """
                {"type":"Lock","pool":"$pool","account":"bob","amount":"abc","term":"4M","at":"2024-02-01T00:00:00Z"}
                {"type":"Lock","pool":"$pool","account":"bob","amount":"1","term":"4M","at":"yesterday"}
                {"type":"Lock","pool":"$pool","account":"bob","amount":"1","term":"4M","colour":"red","at":"2024-02-01T00:00:00Z"}
                {"type":"Lock","pool":"$pool","amount":"1","term":"4M","at":"2024-02-01T00:00:00Z"}
                {"type":"Lock","pool":"$pool","account":"bob","amount":"-5","term":"4M","at":"2024-02-01T00:00:00Z"}
                {"type":"Lock","pool":"$pool","account":"bob","amount":"0.0000000000000000001","term":"4M","at":"2024-02-01T00:00:00Z"}
                {"type":"Lock","pool":"$pool","account":"bob","amount":"1","term":"4M"}
                {"type":"DistributeRewards","pool":"$pool","amount":"0","at":"2024-02-01T00:00:00Z"}
                {"type":"SetPrice","pool":"$pool","price":"-1","at":"2024-02-01T00:00:00Z"}
                {"type":"RecordPoolFees","pool":"$pool","target":"KSP-KUSDT","fees":"-1","at":"2024-02-01T00:00:00Z"}
                {"query":"pool","pool":"$pool"}
                """);
        assertThat(out).hasSize(11);
        assertThat(out.get(0).get("line").asInt()).isEqualTo(3);
        assertThat(out.get(0).get("rejected").asText()).startsWith("field amount: ").contains("\"abc\"");
        assertThat(out.get(1).get("line").asInt()).isEqualTo(4);
        assertThat(out.get(1).get("rejected").asText()).startsWith("field at: ").contains("\"yesterday\"");
        assertRejected(out.get(2), 5, "unknown field \"colour\"");
        assertRejected(out.get(3), 6, "account is required");
        assertRejected(out.get(4), 7, "amount must be positive, got -5");
        assertRejected(out.get(5), 8, "amount has more than 18 decimal places: 0.0000000000000000001");
        assertRejected(out.get(6), 9, "at (business time) is required");
        assertRejected(out.get(7), 10, "amount must be positive, got 0");
        assertRejected(out.get(8), 11, "price must be positive, got -1");
        assertRejected(out.get(9), 12, "fees must not be negative, got -1");
        assertThat(out.get(10).get("totalLocked").asText()).isEqualTo("100");
        assertThat(out.get(10).get("price").isNull()).isTrue();
        assertThat(out.get(10).get("distributions").asInt()).isZero();
    }

    @Test
    void malformedPoolParametersAreRejected() {
        String pool = Batch.uniquePool("ve");
        List<JsonNode> out = new Batch(runner).run(pool, """
                {"type":"CreatePool","pool":"$pool","program":"vote-escrow","params":{"unlockWindow":"7 days"},"at":"2024-01-15T00:00:00Z"}
                {"type":"CreatePool","pool":"$pool","program":"vote-escrow","params":{"terms":{"4M":"2","8M":"1"}},"at":"2024-01-15T00:00:00Z"}
                {"type":"CreatePool","pool":"$pool","program":"vote-escrow","params":{"stakingShare":"1.5"},"at":"2024-01-15T00:00:00Z"}
                {"type":"CreatePool","pool":"$pool","program":"vote-escrow","params":{"colour":"red"},"at":"2024-01-15T00:00:00Z"}
                {"query":"pool","pool":"$pool"}
                """);
        assertRejected(out.get(0), 1, "params: field unlockWindow: \"7 days\" is not an ISO-8601 duration (e.g. P7D, "
                + "PT72H or P1DT12H)");
        assertRejected(out.get(1), 2, "term 8M gives 1 vKSP per KSP, less than the shorter term 4M (2); multipliers "
                + "must not decrease with the term");
        assertRejected(out.get(2), 3, "stakingShare must be between 0 and 1, got 1.5");
        assertRejected(out.get(3), 4, "params: unknown field \"colour\"");
        assertRejected(out.get(4), 5, "pool " + pool + " does not exist");
    }

    @Test
    void commandsAndViewsOfOtherProgramsAreRejectedListingThisOnes() {
        List<JsonNode> out = run(ALICE_LOCKS_100 + """
                {"type":"Stake","pool":"$pool","account":"alice","amount":"1","at":"2024-02-01T00:00:00Z"}
                {"query":"sharePrices","pool":"$pool"}
                """);
        assertThat(out.get(0).get("rejected").asText()).endsWith("which has no command Stake; its commands: "
                + "DistributeRewards, EndRenewal, Lock, RecordPoolFees, SetPrice, Unlock, Vote");
        assertThat(out.get(1).get("rejected").asText()).endsWith("which has no view sharePrices; its views: "
                + "aprHistory, pool, position");
    }

    @Test
    void businessTimeGoingBackwardsIsRejected() {
        List<JsonNode> out = run(ALICE_LOCKS_100 + """
                {"type":"Lock","pool":"$pool","account":"bob","amount":"1","term":"4M","at":"2024-01-14T00:00:00Z"}
                """);
        assertRejected(out.get(0), 3, "at 2024-01-14T00:00:00Z is earlier than the pool's last event at "
                + "2024-01-15T00:00:00Z; business time must not go backwards");
    }

    @Test
    void aViewBeforeThePoolsLastEventIsRejectedSayingWhy() {
        List<JsonNode> out = run(ALICE_LOCKS_100 + """
                {"query":"position","pool":"$pool","account":"alice","at":"2024-01-01T00:00:00Z"}
                {"query":"position","pool":"$pool","account":"nobody"}
                {"query":"position","pool":"$pool"}
                """);
        assertRejected(out.get(0), 3, "at 2024-01-01T00:00:00Z is earlier than the pool's last event at 2024-01-15T00:00:00Z; a view is evaluated at the pool's last event or later. To see the pool as it stood then," + " ask with asOf=2024-01-01T00:00:00Z");
        assertThat(out.get(1).get("rejected").asText()).startsWith("account nobody has never locked KSP in pool ");
        assertRejected(out.get(2), 5, "account is required for this view");
    }
}
