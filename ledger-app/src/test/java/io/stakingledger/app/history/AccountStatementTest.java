package io.stakingledger.app.history;

import com.fasterxml.jackson.databind.JsonNode;
import io.stakingledger.app.batch.BatchRunner;
import io.stakingledger.app.support.Batch;
import io.stakingledger.app.support.LedgerAppTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@LedgerAppTest
class AccountStatementTest {

    @Autowired
    BatchRunner runner;
    @Autowired
    TestRestTemplate http;

    private String pool;
    private JsonNode aliceAfterPurchase;
    private JsonNode aliceAfterWithdrawal;

    /** Alice buys, stakes with DCR and withdraws after an epoch closed; bob only stakes. */
    @BeforeEach
    void aliceHistory() {
        pool = Batch.uniquePool("statement");
        Batch batch = new Batch(runner);
        List<JsonNode> out = batch.run(pool, """
                {"type":"CreatePool","pool":"$pool","program":"early-staking","params":{"start":"2026-01-05T00:00:00Z","shareCap":"3000000"},"at":"2026-01-01T00:00:00Z"}
                {"type":"Purchase","pool":"$pool","account":"alice","amount":"100000","paidAsset":"USDC","paidAmount":"50000","at":"2026-01-02T00:00:00Z"}
                {"query":"position","pool":"$pool","account":"alice"}
                {"type":"ExerciseDcr","pool":"$pool","account":"alice","dcr":"800000","deposit":"100000","at":"2026-01-02T00:00:00Z"}
                {"type":"Stake","pool":"$pool","account":"bob","amount":"1234.567890123456789","at":"2026-01-03T00:00:00Z"}
                {"type":"CloseEpoch","pool":"$pool","at":"2026-01-12T00:00:00Z"}
                {"type":"Withdraw","pool":"$pool","account":"alice","amount":"3333.333333333333333333","at":"2026-01-13T00:00:00Z"}
                {"query":"position","pool":"$pool","account":"alice"}
                """);
        assertThat(out).noneMatch(answer -> answer.has("rejected"));
        aliceAfterPurchase = withoutBatchFields(out.get(0));
        aliceAfterWithdrawal = withoutBatchFields(out.get(1));
    }

    private static JsonNode withoutBatchFields(JsonNode answer) {
        return ((com.fasterxml.jackson.databind.node.ObjectNode) answer.deepCopy()).without(List.of("line", "query"));
    }

    private JsonNode statement() {
        return http.getForObject("/api/pools/" + pool + "/accounts/alice/statement", JsonNode.class);
    }

    private static List<String> types(JsonNode statement) {
        List<String> types = new ArrayList<>();
        statement.get("entries").forEach(entry -> types.add(entry.get("type").asText()));
        return types;
    }

    @Test
    void statementListsOnlyTheEventsThatNameTheAccountInPoolOrder() {
        JsonNode statement = statement();
        assertThat(statement.get("account").asText()).isEqualTo("alice");
        assertThat(statement.get("program").asText()).isEqualTo("early-staking");
        assertThat(types(statement)).containsExactly("KashPurchased", "StakeDeposited", "DcrExercised", "StakeWithdrawn");
        List<Long> sequences = new ArrayList<>();
        statement.get("entries").forEach(entry -> sequences.add(entry.get("sequence").asLong()));
        assertThat(sequences).isSorted().doesNotHaveDuplicates().doesNotContain(0L);
        statement.get("entries").forEach(entry ->
                assertThat(entry.get("event").get("account").asText()).isEqualTo("alice"));
    }

    @Test
    void positionAfterEachEventIsWhatTheLiveViewShowedAtThatPoint() {
        JsonNode entries = statement().get("entries");
        assertThat(entries.get(0).get("position")).isEqualTo(aliceAfterPurchase);
        // The epoch close between them is not listed but is folded in: the withdrawal row shows the rewarded value.
        assertThat(entries.get(3).get("position")).isEqualTo(aliceAfterWithdrawal);
        assertThat(entries.get(2).get("position").get("debt").asText()).isEqualTo("800000");
    }

    @Test
    void csvHasAHeaderAndOneRowPerEventWithExactDecimals() {
        ResponseEntity<String> csv = http.getForEntity("/api/pools/" + pool + "/accounts/alice/statement?format=csv",
                String.class);
        assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
        String[] lines = csv.getBody().split("\r\n");
        assertThat(lines).hasSize(1 + 4);
        List<String> header = List.of(lines[0].split(","));
        assertThat(header).startsWith("sequence", "at", "type")
                .contains("amount", "paidAmount", "dcrEarned", "dcr", "virtualShares", "position.debt",
                        "position.withdrawable")
                .doesNotContain("account", "poolId", "paidAsset");
        List<String> purchase = List.of(lines[1].split(",", -1));
        assertThat(purchase.get(1)).isEqualTo("2026-01-02T00:00:00Z");
        assertThat(purchase.get(2)).isEqualTo("KashPurchased");
        assertThat(purchase.get(header.indexOf("amount"))).isEqualTo("100000");
        assertThat(purchase.get(header.indexOf("dcr"))).as("a DcrExercised column").isEmpty();
        List<String> withdrawal = List.of(lines[4].split(",", -1));
        assertThat(withdrawal.get(header.indexOf("position.withdrawable")))
                .isEqualTo(aliceAfterWithdrawal.get("withdrawable").asText());
    }

    @Test
    void batchStatementQueryAnswersTheSameStatement() {
        List<JsonNode> out = new Batch(runner).run(pool, """
                {"query":"statement","pool":"$pool","account":"alice"}
                """);
        assertThat(out.get(0).get("entries")).isEqualTo(statement().get("entries"));
    }

    @Test
    void accountWithoutEventsIsNotFound() {
        ResponseEntity<JsonNode> answer = http.getForEntity("/api/pools/" + pool + "/accounts/nobody/statement",
                JsonNode.class);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(answer.getBody().get("detail").asText()).isEqualTo("no event of pool " + pool + " touches account nobody");
    }

    @Test
    void unknownFormatIsABadRequest() {
        ResponseEntity<JsonNode> answer = http.getForEntity("/api/pools/" + pool + "/accounts/alice/statement?format=xml",
                JsonNode.class);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }
}
