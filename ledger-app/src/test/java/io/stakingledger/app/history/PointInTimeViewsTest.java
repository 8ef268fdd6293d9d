package io.stakingledger.app.history;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stakingledger.app.batch.BatchRunner;
import io.stakingledger.app.support.Batch;
import io.stakingledger.app.support.LedgerAppTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A point-in-time view answers what the ledger said then: each test records live answers, runs more
 * commands, and asks again with asOf (or asOfEpoch) pointing at the earlier moment.
 */
@LedgerAppTest
class PointInTimeViewsTest {

    private static final String EARLY_STAKING_UNTIL_JAN_3 = """
            {"type":"CreatePool","pool":"$pool","program":"early-staking","params":{"start":"2026-01-05T00:00:00Z","shareCap":"3000000"},"at":"2026-01-01T00:00:00Z"}
            {"type":"Purchase","pool":"$pool","account":"alice","amount":"100000","paidAsset":"USDC","paidAmount":"50000","at":"2026-01-02T00:00:00Z"}
            {"type":"ExerciseDcr","pool":"$pool","account":"alice","dcr":"800000","deposit":"100000","at":"2026-01-02T00:00:00Z"}
            {"type":"Stake","pool":"$pool","account":"bob","amount":"1234.567890123456789","at":"2026-01-03T00:00:00Z"}
            """;

    private static final String EARLY_STAKING_LIVE_QUERIES = """
            {"query":"pool","pool":"$pool"}
            {"query":"position","pool":"$pool","account":"alice"}
            {"query":"sharePrices","pool":"$pool"}
            {"query":"reservations","pool":"$pool"}
            {"query":"purchasePreview","pool":"$pool","amount":"5000"}
            """;

    private static final String EARLY_STAKING_LATER = """
            {"type":"CloseEpoch","pool":"$pool","at":"2026-01-12T00:00:00Z"}
            {"type":"Withdraw","pool":"$pool","account":"alice","amount":"3333.333333333333333333","at":"2026-01-13T00:00:00Z"}
            {"type":"Purchase","pool":"$pool","account":"carol","amount":"5000","paidAsset":"USDC","paidAmount":"2500","at":"2026-01-13T00:00:00Z"}
            {"type":"Stake","pool":"$pool","account":"carol","amount":"2000000","at":"2026-01-13T00:00:00Z"}
            {"type":"Reserve","pool":"$pool","account":"dave","amount":"500","at":"2026-01-14T00:00:00Z"}
            {"type":"CloseEpoch","pool":"$pool","at":"2026-01-19T00:00:00Z"}
            """;

    @Autowired
    BatchRunner runner;
    @Autowired
    TestRestTemplate http;

    /** The answers without their line numbers, which differ between the runs being compared. */
    private List<JsonNode> answers(String pool, String lines) {
        List<JsonNode> out = new Batch(runner).run(pool, lines);
        assertThat(out).noneMatch(answer -> answer.has("rejected"));
        return out.stream().map(answer -> (JsonNode) ((ObjectNode) answer.deepCopy()).without("line")).toList();
    }

    private static String withField(String queries, String field) {
        return queries.replace("\"query\":", field + ",\"query\":");
    }

    @Test
    void earlyStakingAsOfAnInstantAnswersWhatTheLiveViewsSaidThen() {
        String pool = Batch.uniquePool("asof");
        answers(pool, EARLY_STAKING_UNTIL_JAN_3);
        List<JsonNode> saidThen = answers(pool, EARLY_STAKING_LIVE_QUERIES);

        answers(pool, EARLY_STAKING_LATER);
        List<JsonNode> now = answers(pool, EARLY_STAKING_LIVE_QUERIES);
        List<JsonNode> asOf = answers(pool, withField(EARLY_STAKING_LIVE_QUERIES, "\"asOf\":\"2026-01-03T00:00:00Z\""));

        assertThat(now).as("the later commands changed the answers").isNotEqualTo(saidThen);
        assertThat(asOf).isEqualTo(saidThen);
        assertThat(answers(pool, EARLY_STAKING_LIVE_QUERIES)).as("the live views are untouched").isEqualTo(now);
    }

    @Test
    void restAsOfAnswersWhatTheLiveViewSaidThen() {
        String pool = Batch.uniquePool("asof-rest");
        answers(pool, EARLY_STAKING_UNTIL_JAN_3);
        JsonNode poolThen = http.getForObject("/api/pools/" + pool, JsonNode.class);
        JsonNode aliceThen = http.getForObject("/api/pools/" + pool + "/positions/alice", JsonNode.class);

        answers(pool, EARLY_STAKING_LATER);

        String asOf = "?asOf=2026-01-03T00:00:00Z";
        assertThat(http.getForObject("/api/pools/" + pool + asOf, JsonNode.class)).isEqualTo(poolThen);
        assertThat(http.getForObject("/api/pools/" + pool + "/positions/alice" + asOf, JsonNode.class))
                .isEqualTo(aliceThen);
        assertThat(http.getForObject("/api/pools/" + pool + "/views/sharePrices" + asOf, JsonNode.class)
                .get("sharePrices")).isEmpty();
    }

    @Test
    void earlyStakingAsOfEpochIsTheStateRightAfterThatEpochClosed() {
        String pool = Batch.uniquePool("asof-epoch");
        answers(pool, EARLY_STAKING_UNTIL_JAN_3 + """
                {"type":"CloseEpoch","pool":"$pool","at":"2026-01-12T00:00:00Z"}
                """);
        List<JsonNode> saidAfterEpoch1 = answers(pool, EARLY_STAKING_LIVE_QUERIES);

        // Same business instant as the close: asOf would include this withdrawal, asOfEpoch must not.
        answers(pool, """
                {"type":"Withdraw","pool":"$pool","account":"alice","amount":"1000","at":"2026-01-12T00:00:00Z"}
                {"type":"Stake","pool":"$pool","account":"carol","amount":"2000000","at":"2026-01-13T00:00:00Z"}
                {"type":"CloseEpoch","pool":"$pool","at":"2026-01-19T00:00:00Z"}
                """);

        assertThat(answers(pool, withField(EARLY_STAKING_LIVE_QUERIES, "\"asOfEpoch\":1"))).isEqualTo(saidAfterEpoch1);
        assertThat(answers(pool, withField(EARLY_STAKING_LIVE_QUERIES, "\"asOf\":\"2026-01-12T00:00:00Z\"")))
                .isNotEqualTo(saidAfterEpoch1);
        JsonNode epoch2 = http.getForObject("/api/pools/" + pool + "/views/sharePrices?asOfEpoch=2", JsonNode.class);
        assertThat(epoch2.get("sharePrices")).hasSize(2);
    }

    @Test
    void pointsBoostAsOfAnswersWhatTheLiveViewsSaidThenIncludingAccruedPoints() {
        String pool = Batch.uniquePool("asof-pb");
        answers(pool, """
                {"type":"CreatePool","pool":"$pool","program":"points-boost","params":{},"at":"2024-04-30T12:00:00Z"}
                {"type":"SetPrice","pool":"$pool","price":"0.2","at":"2024-04-30T12:00:00Z"}
                {"type":"SetBasePoints","pool":"$pool","account":"alice","pointsPerDay":"1000000","at":"2024-04-30T12:00:00Z"}
                {"type":"Stake","pool":"$pool","account":"alice","amount":"200000","at":"2024-05-30T12:00:00Z"}
                """);
        String queries = """
                {"query":"pool","pool":"$pool"}
                {"query":"position","pool":"$pool","account":"alice"}
                {"query":"position","pool":"$pool","account":"alice","at":"2024-06-30T12:00:00Z"}
                """;
        List<JsonNode> saidThen = answers(pool, queries);

        answers(pool, """
                {"type":"SetPrice","pool":"$pool","price":"0.25","at":"2024-07-29T12:00:00Z"}
                {"type":"Stake","pool":"$pool","account":"alice","amount":"100000","at":"2024-07-29T12:00:00Z"}
                {"type":"Unstake","pool":"$pool","account":"alice","amount":"200000","at":"2024-08-20T12:00:00Z"}
                """);

        assertThat(answers(pool, withField(queries, "\"asOf\":\"2024-05-30T12:00:00Z\""))).isEqualTo(saidThen);
    }

    @Test
    void asOfBetweenEventsEvaluatesTimeDependentValuesAtAsOf() {
        String pool = Batch.uniquePool("asof-pb-at");
        answers(pool, """
                {"type":"CreatePool","pool":"$pool","program":"points-boost","params":{},"at":"2024-04-30T12:00:00Z"}
                {"type":"SetPrice","pool":"$pool","price":"0.2","at":"2024-04-30T12:00:00Z"}
                {"type":"Stake","pool":"$pool","account":"alice","amount":"200000","at":"2024-04-30T12:00:00Z"}
                """);
        JsonNode liveAtJune = answers(pool, """
                {"query":"position","pool":"$pool","account":"alice","at":"2024-06-30T12:00:00Z"}
                """).get(0);

        answers(pool, """
                {"type":"Stake","pool":"$pool","account":"alice","amount":"100000","at":"2024-07-29T12:00:00Z"}
                """);

        JsonNode asOfJune = answers(pool, """
                {"query":"position","pool":"$pool","account":"alice","asOf":"2024-06-30T12:00:00Z"}
                """).get(0);
        assertThat(asOfJune).isEqualTo(liveAtJune);
        assertThat(asOfJune.get("staked").asText()).isEqualTo("200000");
    }

    @Test
    void asOfBeforeThePoolExistedIsNotFound() {
        String pool = Batch.uniquePool("asof-early");
        answers(pool, EARLY_STAKING_UNTIL_JAN_3);
        ResponseEntity<JsonNode> answer = http.getForEntity("/api/pools/" + pool + "?asOf=2025-12-31T00:00:00Z",
                JsonNode.class);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(answer.getBody().get("detail").asText()).isEqualTo("pool " + pool + " did not exist at 2025-12-31T00:00:00Z");
    }

    @Test
    void asOfEpochOfAnEpochNotYetClosedIsNotFoundAndSaysHowManyHave() {
        String pool = Batch.uniquePool("asof-open");
        answers(pool, EARLY_STAKING_UNTIL_JAN_3);
        ResponseEntity<JsonNode> answer = http.getForEntity("/api/pools/" + pool + "?asOfEpoch=1", JsonNode.class);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(answer.getBody().get("detail").asText()).contains("epoch 1 of pool " + pool + " has not closed; 0 epochs");
    }

    @Test
    void asOfEpochOnAProgramWithoutEpochsIsABadRequest() {
        String pool = Batch.uniquePool("asof-pb-epoch");
        answers(pool, """
                {"type":"CreatePool","pool":"$pool","program":"points-boost","params":{},"at":"2024-04-30T12:00:00Z"}
                """);
        ResponseEntity<JsonNode> answer = http.getForEntity("/api/pools/" + pool + "?asOfEpoch=1", JsonNode.class);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(answer.getBody().get("detail").asText()).contains("asOfEpoch applies to early-staking pools");
    }

    @Test
    void asOfTogetherWithAsOfEpochIsABadRequest() {
        String pool = Batch.uniquePool("asof-both");
        answers(pool, EARLY_STAKING_UNTIL_JAN_3);
        ResponseEntity<JsonNode> answer = http.getForEntity(
                "/api/pools/" + pool + "?asOfEpoch=1&asOf=2026-01-03T00:00:00Z", JsonNode.class);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(answer.getBody().get("detail").asText()).isEqualTo("give asOf or asOfEpoch, not both");
    }
}
