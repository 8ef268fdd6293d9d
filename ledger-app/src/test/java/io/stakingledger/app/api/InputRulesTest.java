package io.stakingledger.app.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.stakingledger.app.batch.BatchRunner;
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

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The input rules of the README, one by one, over REST and in batch files. */
@LedgerAppTest
class InputRulesTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    BatchRunner runner;

    private String pool;

    @BeforeEach
    void earlyStakingPoolWithAlicesPurchase() {
        pool = Batch.uniquePool("rules");
        assertThat(post("/api/pools", """
                {"pool":"%s","program":"early-staking","params":{"start":"2026-01-05T00:00:00Z"},"at":"2026-01-01T00:00:00Z","commandId":"create-1"}
                """.formatted(pool)).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(command("Purchase", """
                {"account":"alice","amount":"100000","paidAsset":"USDC","paidAmount":"50000","at":"2026-01-02T00:00:00Z"}
                """).getStatusCode()).isEqualTo(HttpStatus.OK);
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
    void anIdenticalRepeatWithoutAtAnswersTheFirstOutcome() {
        JsonNode first = command("Stake", "{\"account\":\"alice\",\"amount\":\"5\",\"commandId\":\"no-time\"}").getBody();
        JsonNode repeat = command("Stake", "{\"commandId\":\"no-time\",\"amount\":5.0,\"account\":\"alice\"}").getBody();

        assertThat(first.get("duplicate").asBoolean()).isFalse();
        assertThat(repeat.get("duplicate").asBoolean()).isTrue();
        assertThat(repeat.get("events")).isEqualTo(first.get("events"));
    }

    @Test
    void theSameCommandIdWithAnotherCommandIsAConflictThatSaysSo() {
        command("Stake", "{\"account\":\"alice\",\"amount\":\"5\",\"at\":\"2026-01-03T00:00:00Z\",\"commandId\":\"pay-5\"}");

        for (String other : List.of(
                "{\"account\":\"alice\",\"amount\":\"6\",\"at\":\"2026-01-03T00:00:00Z\",\"commandId\":\"pay-5\"}",
                "{\"account\":\"alice\",\"amount\":\"5\",\"commandId\":\"pay-5\"}")) {
            ResponseEntity<JsonNode> reused = command("Stake", other);
            assertThat(reused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
            assertThat(reused.getBody().get("type").asText()).isEqualTo(Problems.TYPE_BASE + "command-id-reused");
            assertThat(reused.getBody().get("detail").asText())
                    .startsWith("commandId pay-5 was already used in pool " + pool + " for a different command");
        }
        ResponseEntity<JsonNode> otherType = command("Reserve",
                "{\"account\":\"alice\",\"amount\":\"5\",\"at\":\"2026-01-03T00:00:00Z\",\"commandId\":\"pay-5\"}");
        assertThat(otherType.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void aCreatePoolRepeatedWithItsCommandIdIsADuplicateAndAnotherCreatePoolUnderItAConflict() {
        String same = """
                {"pool":"%s","program":"early-staking","params":{"start":"2026-01-05T00:00:00Z"},"at":"2026-01-01T00:00:00Z","commandId":"create-1"}
                """.formatted(pool);
        ResponseEntity<JsonNode> repeat = post("/api/pools", same);
        assertThat(repeat.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(repeat.getBody().get("duplicate").asBoolean()).isTrue();

        ResponseEntity<JsonNode> other = post("/api/pools", same.replace("2026-01-05", "2026-01-06"));
        assertThat(other.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(other.getBody().get("type").asText()).isEqualTo(Problems.TYPE_BASE + "command-id-reused");
    }

    @Test
    void aBlankAtIsRefusedAndOnlyAnAbsentOneTakesTheServersClock() {
        for (String at : List.of("\"\"", "\" \"", "\"\\u0000\"", "null", "\"1767225600\"")) {
            ResponseEntity<JsonNode> refused = command("Stake", "{\"account\":\"alice\",\"amount\":\"1\",\"at\":" + at + "}");
            assertThat(refused.getStatusCode()).as(at).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(refused.getBody().get("detail").asText()).as(at).startsWith("field at: ");
        }
        Instant before = Instant.now();
        JsonNode staked = command("Stake", "{\"account\":\"alice\",\"amount\":\"1\"}").getBody();
        Instant at = Instant.parse(staked.at("/events/0/payload/at").asText());
        assertThat(at).isBetween(before.minusSeconds(1), Instant.now().plusSeconds(1));
    }

    @Test
    void anAtAheadOfTheServersClockIsRefusedSoNoRequestCanHoldAPoolBack() {
        String ahead = Instant.now().plus(Duration.ofHours(1)).toString();
        ResponseEntity<JsonNode> refused = command("Stake",
                "{\"account\":\"alice\",\"amount\":\"1\",\"at\":\"" + ahead + "\"}");
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody().get("detail").asText()).contains("ahead of the server's clock", "by more than PT5M");

        assertThat(command("Stake", "{\"account\":\"alice\",\"amount\":\"1\"}").getStatusCode()).isEqualTo(HttpStatus.OK);
        String withinSkew = Instant.now().plus(Duration.ofMinutes(1)).toString();
        assertThat(command("Stake", "{\"account\":\"alice\",\"amount\":\"1\",\"at\":\"" + withinSkew + "\"}")
                .getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void aPurchaseRecordsWhatWasPaidForThePrincipalConversion() {
        assertThat(command("Purchase", "{\"account\":\"bob\",\"amount\":\"10\",\"paidAmount\":\"5\"}").getBody()
                .get("detail").asText()).isEqualTo("paidAsset is required");
        assertThat(command("Purchase", "{\"account\":\"bob\",\"amount\":\"10\",\"paidAsset\":\"USDC\"}").getBody()
                .get("detail").asText()).isEqualTo("paidAmount is required");
        assertThat(command("Purchase", "{\"account\":\"bob\",\"amount\":\"10\",\"paidAsset\":\"USDC\",\"paidAmount\":\"0\"}")
                .getBody().get("detail").asText()).isEqualTo("paidAmount must be positive, got 0");
        assertThat(command("Purchase", "{\"account\":\"bob\",\"amount\":\"10\",\"paidAsset\":\"USDC\",\"paidAmount\":\"\"}")
                .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void aViewTakesOnlyItsOwnParametersEachOnce() {
        assertThat(http.getForEntity("/api/pools/" + pool + "/views/purchasePreview?amount=5&colour=red", JsonNode.class)
                .getBody().get("detail").asText()).isEqualTo("view purchasePreview takes no parameter \"colour\"; it "
                + "takes account, amount, asOf, asOfEpoch, at");
        assertThat(http.getForEntity("/api/pools/" + pool + "?at=", JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(http.getForEntity("/api/events?after=0x10", JsonNode.class).getBody().get("detail").asText())
                .isEqualTo("after must be a whole number written in digits, got \"0x10\"");
    }

    @Test
    void aBatchLineLongerThanTheLimitIsRejectedWithoutBeingHeldAndTheNextLineRuns() {
        List<JsonNode> out = new Batch(runner).run(pool, "{\"query\":\"pool\",\"pool\":\"$pool\",\"pad\":\""
                + "x".repeat(100_000) + "\"}\n{\"query\":\"pool\",\"pool\":\"$pool\"}\n");

        assertThat(out.get(0).get("rejected").asText()).isEqualTo("the line is longer than 65536 characters");
        assertThat(out.get(1).get("query").asText()).isEqualTo("pool");
    }
}
