package io.stakingledger.app.earlystaking;

import com.fasterxml.jackson.databind.JsonNode;
import io.stakingledger.app.support.Batch;
import io.stakingledger.app.support.LedgerAppTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

@LedgerAppTest
class EarlyStakingRestTest {

    @Autowired
    TestRestTemplate http;

    private String pool;

    @BeforeEach
    void createPool() {
        pool = Batch.uniquePool("rest");
        ResponseEntity<JsonNode> created = post("/api/pools", """
                {"pool":"%s","program":"early-staking","params":{"shareCap":"1000","start":"2026-01-05T00:00:00Z"},"at":"2026-01-01T00:00:00Z"}
                """.formatted(pool));
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(created.getBody().get("events").get(0).get("type").asText()).isEqualTo("EarlyStakingPoolCreated");
    }

    private ResponseEntity<JsonNode> post(String path, String json) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.postForEntity(path, new HttpEntity<>(json, headers), JsonNode.class);
    }

    private ResponseEntity<JsonNode> command(String type, String json) {
        return post("/api/pools/" + pool + "/commands/" + type, json);
    }

    @Test
    void commandAnswersWithItsEventsAndTheViewReflectsItImmediately() {
        ResponseEntity<JsonNode> staked = command("Stake", """
                {"account":"alice","amount":"250.5","at":"2026-01-02T00:00:00Z"}""");
        assertThat(staked.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode event = staked.getBody().get("events").get(0);
        assertThat(event.get("type").asText()).isEqualTo("StakeDeposited");
        assertThat(event.get("payload").get("principalShares").asText()).isEqualTo("250.5");

        JsonNode position = http.getForObject("/api/pools/" + pool + "/positions/alice", JsonNode.class);
        assertThat(position.get("principalShares").asText()).isEqualTo("250.5");
        assertThat(position.get("withdrawable").asText()).isEqualTo("250.5");
        JsonNode view = http.getForObject("/api/pools/" + pool, JsonNode.class);
        assertThat(view.get("capacityLeft").asText()).isEqualTo("749.5");
    }

    @Test
    void limitViolationIsAnUnprocessableProblemThatStatesTheRemainingCapacity() {
        command("Stake", """
                {"account":"alice","amount":"900","at":"2026-01-02T00:00:00Z"}""");
        ResponseEntity<JsonNode> rejected = command("Stake", """
                {"account":"bob","amount":"101","at":"2026-01-02T00:00:00Z"}""");
        assertThat(rejected.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(rejected.getHeaders().getContentType().toString()).contains("application/problem+json");
        assertThat(rejected.getBody().get("type").asText()).endsWith("/limit-exceeded");
        assertThat(rejected.getBody().get("detail").asText()).contains("only 100 remain under the cap of 1000");
        assertThat(rejected.getBody().get("status").asInt()).isEqualTo(422);
        assertThat(rejected.getBody().has("properties")).as("no framework internals in the problem").isFalse();
        JsonNode view = http.getForObject("/api/pools/" + pool, JsonNode.class);
        assertThat(view.get("totalShares").asText()).as("nothing changed").isEqualTo("900");
    }

    @Test
    void malformedBodyIsABadRequestNamingTheField() {
        ResponseEntity<JsonNode> rejected = command("Stake", """
                {"account":"alice","amount":"12abc","at":"2026-01-02T00:00:00Z"}""");
        assertThat(rejected.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(rejected.getBody().get("detail").asText()).contains("amount");
        ResponseEntity<JsonNode> unknownField = command("Stake", """
                {"account":"alice","ammount":"1","at":"2026-01-02T00:00:00Z"}""");
        assertThat(unknownField.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(unknownField.getBody().get("detail").asText()).contains("unknown field \"ammount\"");
    }

    @Test
    void unknownPoolAndUnknownAccountAreNotFound() {
        ResponseEntity<JsonNode> noPool = http.getForEntity("/api/pools/no-such-pool", JsonNode.class);
        assertThat(noPool.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(noPool.getBody().get("detail").asText()).isEqualTo("pool no-such-pool does not exist");
        ResponseEntity<JsonNode> noAccount = http.getForEntity("/api/pools/" + pool + "/positions/nobody", JsonNode.class);
        assertThat(noAccount.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void timeGoingBackwardsIsAConflict() {
        command("Stake", """
                {"account":"alice","amount":"1","at":"2026-01-03T00:00:00Z"}""");
        ResponseEntity<JsonNode> rejected = command("Stake", """
                {"account":"alice","amount":"1","at":"2026-01-02T00:00:00Z"}""");
        assertThat(rejected.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void repeatedCommandIdGivesTheFirstOutcomeAndChangesNothing() {
        String body = """
                {"account":"alice","amount":"7","at":"2026-01-02T00:00:00Z","commandId":"pay-7"}""";
        JsonNode first = command("Stake", body).getBody();
        JsonNode second = command("Stake", body).getBody();
        assertThat(second.get("duplicate").asBoolean()).isTrue();
        assertThat(second.get("events")).isEqualTo(first.get("events"));
        JsonNode position = http.getForObject("/api/pools/" + pool + "/positions/alice", JsonNode.class);
        assertThat(position.get("principalShares").asText()).isEqualTo("7");
    }

    @Test
    void missingTimeIsFilledFromTheServerClock() {
        ResponseEntity<JsonNode> staked = command("Stake", """
                {"account":"alice","amount":"1"}""");
        assertThat(staked.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(staked.getBody().get("events").get(0).get("payload").get("at").asText()).startsWith("20");
    }

    @Test
    void purchasePreviewIsAvailableAsANamedView() {
        JsonNode preview = http.getForObject("/api/pools/" + pool + "/views/purchasePreview?amount=100000", JsonNode.class);
        assertThat(preview.get("effectiveBonus").asText()).startsWith("9.8940397007");
    }

    @Test
    void openApiDocumentDescribesTheApi() {
        JsonNode doc = http.getForObject("/v3/api-docs", JsonNode.class);
        assertThat(doc.get("openapi").asText()).startsWith("3.");
        // one typed path per command (contract/LedgerContract), no generic one whose body says nothing
        for (String type : new EarlyStakingApi().commands().keySet()) {
            assertThat(doc.get("paths").has("/api/pools/{pool}/commands/" + type)).as(type).isTrue();
        }
        assertThat(doc.get("paths").has("/api/pools/{pool}/commands/{type}")).isFalse();
        assertThat(doc.get("paths").has("/api/pools/{pool}/positions/{account}")).isTrue();
    }
}
