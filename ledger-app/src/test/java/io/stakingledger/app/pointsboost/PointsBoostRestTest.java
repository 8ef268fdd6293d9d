package io.stakingledger.app.pointsboost;

import com.fasterxml.jackson.databind.JsonNode;
import io.stakingledger.app.support.Batch;
import io.stakingledger.app.support.LedgerAppTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The points-boost program over REST: create a pool, send commands, read views, and get problems back. */
@LedgerAppTest
class PointsBoostRestTest {

    private static final String DAY_0 = "2024-04-30T12:00:00Z";
    private static final String DAY_90 = "2024-07-29T12:00:00Z";

    @Autowired
    TestRestTemplate http;

    private String pool;

    /** A pool with default parameters, price 0.2, and alice: 1,000,000 base points per day, 200,000 staked at day 0. */
    @BeforeEach
    void poolWhereAliceStaked200000() {
        pool = Batch.uniquePool("pb-rest");
        ResponseEntity<JsonNode> created = http.postForEntity("/api/pools",
                Map.of("pool", pool, "program", "points-boost", "params", Map.of(), "at", DAY_0), JsonNode.class);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        command("SetPrice", Map.of("price", "0.2", "at", DAY_0));
        command("SetBasePoints", Map.of("account", "alice", "pointsPerDay", "1000000", "at", DAY_0));
        ResponseEntity<JsonNode> staked = command("Stake", Map.of("account", "alice", "amount", "200000", "at", DAY_0));
        assertThat(staked.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(staked.getBody().get("events").get(0).get("type").asText()).isEqualTo("Staked");
    }

    private ResponseEntity<JsonNode> command(String type, Map<String, String> fields) {
        return http.postForEntity("/api/pools/" + pool + "/commands/" + type, fields, JsonNode.class);
    }

    private ResponseEntity<JsonNode> get(String path) {
        return http.getForEntity("/api/pools/" + pool + path, JsonNode.class);
    }

    @Test
    void positionAtDay90ShowsTheGrownMultiplierAndTheAccruedPoints() {
        ResponseEntity<JsonNode> answer = get("/positions/alice?at=" + DAY_90);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode position = answer.getBody();
        assertThat(position.get("staked").asText()).isEqualTo("200000");
        assertThat(position.get("stakingMultiplier").asText()).isEqualTo("0.45");
        assertThat(position.get("totalBoost").asText()).isEqualTo("0.75");
        assertThat(position.get("boostedPointsPerDay").asText()).isEqualTo("300000");
        assertThat(position.get("stakingPointsPerDay").asText()).isEqualTo("120000");
        assertThat(position.get("totalPointsPerDay").asText()).isEqualTo("1420000");
        assertThat(position.get("pointsAccrued").asText()).isEqualTo("29700000");
    }

    @Test
    void theNamedViewRouteAnswersThePositionToo() {
        JsonNode position = get("/views/position?account=alice&at=" + DAY_90).getBody();
        assertThat(position.get("stakingMultiplier").asText()).isEqualTo("0.45");
    }

    @Test
    void poolViewShowsTheTotals() {
        JsonNode view = get("").getBody();
        assertThat(view.get("totalStaked").asText()).isEqualTo("200000");
        assertThat(view.get("totalBasePointsPerDay").asText()).isEqualTo("1000000");
        assertThat(view.get("totalStakingPointsPerDay").asText()).isEqualTo("120000");
        assertThat(view.get("stakers").asInt()).isEqualTo(1);
    }

    @Test
    void unstakingMoreThanIsStakedIsAProblem422NamingTheBalance() {
        ResponseEntity<JsonNode> answer = command("Unstake", Map.of("account", "alice", "amount", "300000", "at", DAY_90));
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        JsonNode problem = answer.getBody();
        assertThat(problem.get("type").asText()).isEqualTo("https://staking-ledger.dev/problems/limit-exceeded");
        assertThat(problem.get("detail").asText())
                .isEqualTo("unstaking 300000 tokens exceeds the staked balance of 200000 tokens of account alice");
        assertThat(get("/positions/alice").getBody().get("staked").asText()).isEqualTo("200000");
    }

    @Test
    void aMalformedAmountIsAProblem400() {
        ResponseEntity<JsonNode> answer = command("Stake", Map.of("account", "alice", "amount", "lots", "at", DAY_90));
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(answer.getBody().get("detail").asText()).startsWith("field amount: ");
    }

    @Test
    void aViewBeforeTheLastEventIsAProblem400PointingToAsOf() {
        command("SetPrice", Map.of("price", "0.25", "at", DAY_90));
        ResponseEntity<JsonNode> answer = get("/positions/alice?at=" + DAY_0);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(answer.getBody().get("detail").asText())
                .contains("earlier than the pool's last event at " + DAY_90)
                .contains("asOf=" + DAY_0);
        ResponseEntity<JsonNode> then = get("/positions/alice?asOf=" + DAY_0);
        assertThat(then.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(then.getBody().get("staked").asText()).isEqualTo("200000");
    }

    @Test
    void aCommandWithoutTimeTakesTheServersClock() {
        ResponseEntity<JsonNode> answer = command("SetPrice", Map.of("price", "0.25"));
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode priceSet = answer.getBody().get("events").get(0).get("payload");
        assertThat(Instant.parse(priceSet.get("at").asText())).isAfter(Instant.parse(DAY_90));
    }
}
