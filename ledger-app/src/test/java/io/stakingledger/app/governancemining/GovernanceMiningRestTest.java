package io.stakingledger.app.governancemining;

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

/** The governance-mining program over REST: alice's 100 KDX are requested on 1 March and included on 2 March. */
@LedgerAppTest
class GovernanceMiningRestTest {

    @Autowired
    TestRestTemplate rest;

    private String pool;

    @BeforeEach
    void aPoolWhereAliceStakes100() {
        pool = Batch.uniquePool("gm-rest");
        ResponseEntity<JsonNode> created = post("/api/pools", """
                {"pool":"%s","program":"governance-mining","params":{"claimCooldown":"P7D"},"at":"2026-03-01T00:00:00Z"}
                """.formatted(pool));
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(command("RequestStake", """
                {"account":"alice","amount":"100","at":"2026-03-01T01:00:00Z"}""").getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(command("IncludePending", """
                {"at":"2026-03-02T00:00:00Z"}""").getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void aCommandAnswersWithTheEventsItAppended() {
        ResponseEntity<JsonNode> swept = command("SweepFees", """
                {"amount":"8","at":"2026-03-03T00:00:00Z","commandId":"sweep-1"}""");
        assertThat(swept.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode event = swept.getBody().get("events").get(0);
        assertThat(event.get("type").asText()).isEqualTo("FeesSwept");
        assertThat(event.get("payload").get("revenuePerTokenAfter").asText()).isEqualTo("0.08");
        assertThat(swept.getBody().get("duplicate").asBoolean()).isFalse();
    }

    @Test
    void thePositionViewIsEvaluatedAtTheRequestedInstant() {
        command("SweepFees", """
                {"amount":"8","at":"2026-03-03T00:00:00Z"}""");
        ResponseEntity<JsonNode> position = rest.getForEntity(
                "/api/pools/{pool}/positions/alice?at=2026-03-17T00:00:00Z", JsonNode.class, pool);
        assertThat(position.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode alice = position.getBody();
        assertThat(alice.get("staked").asText()).isEqualTo("100");
        assertThat(alice.get("rewardAccrued").asText()).isEqualTo("8");
        // 8 × 0.75^0.66 = 6.6165320545766..., rounded down at 12 digits.
        assertThat(alice.get("claimPenalty").asText()).isEqualTo("6.616532054576");
        assertThat(alice.get("canClaim").asBoolean()).isTrue();
        assertThat(alice.get("unstakePenaltyRate").asText()).isEqualTo("0");
    }

    @Test
    void anUnstakeAboveTheStakeIsAProblemNamingTheStake() {
        ResponseEntity<JsonNode> rejected = command("Unstake", """
                {"account":"alice","amount":"150","at":"2026-03-03T00:00:00Z"}""");
        assertThat(rejected.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(rejected.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
        assertThat(rejected.getBody().get("detail").asText())
                .isEqualTo("unstaking 150 KDX exceeds the account's stake of 100 KDX");
        assertThat(rejected.getBody().get("type").asText()).endsWith("/limit-exceeded");
        assertThat(rejected.getBody().get("status").asInt()).isEqualTo(422);
    }

    @Test
    void aClaimInsideTheCooldownIsAConflictSayingWhenItIsPossible() {
        command("SweepFees", """
                {"amount":"8","at":"2026-03-03T00:00:00Z"}""");
        ResponseEntity<JsonNode> rejected = command("Claim", """
                {"account":"alice","at":"2026-03-04T00:00:00Z"}""");
        assertThat(rejected.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(rejected.getBody().get("detail").asText()).isEqualTo("account alice can claim once every 7 days "
                + "(counted from its first inclusion at 2026-03-02T00:00:00Z); its next claim is possible at "
                + "2026-03-09T00:00:00Z");
    }

    @Test
    void aMalformedAmountIsABadRequest() {
        ResponseEntity<JsonNode> rejected = command("RequestStake", """
                {"account":"bob","amount":"0.0000000000001","at":"2026-03-03T00:00:00Z"}""");
        assertThat(rejected.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(rejected.getBody().get("detail").asText())
                .isEqualTo("amount 0.0000000000001 has more than 12 decimal places, the precision of the pool's token");
    }

    @Test
    void thePoolAndPenaltiesViewsShowTheBurns() {
        command("Unstake", """
                {"account":"alice","amount":"40","at":"2026-03-03T00:00:00Z"}""");
        JsonNode poolView = rest.getForObject("/api/pools/{pool}", JsonNode.class, pool);
        assertThat(poolView.get("staked").asText()).isEqualTo("60");
        assertThat(poolView.get("burnedFromStakes").asText()).isEqualTo("1.2");
        JsonNode penalties = rest.getForObject("/api/pools/{pool}/views/penalties?account=alice", JsonNode.class, pool);
        assertThat(penalties.get("penalties")).hasSize(1);
        assertThat(penalties.get("penalties").get(0).get("kind").asText()).isEqualTo("UNSTAKE_PENALTY");
        assertThat(penalties.get("penalties").get(0).get("amount").asText()).isEqualTo("1.2");
    }

    @Test
    void anUnknownAccountsPositionIsNotFound() {
        ResponseEntity<JsonNode> missing = rest.getForEntity("/api/pools/{pool}/positions/zoe", JsonNode.class, pool);
        assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(missing.getBody().get("detail").asText()).isEqualTo("account zoe has never staked in pool " + pool);
    }

    private ResponseEntity<JsonNode> command(String type, String body) {
        return post("/api/pools/" + pool + "/commands/" + type, body);
    }

    private ResponseEntity<JsonNode> post(String path, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.postForEntity(path, new HttpEntity<>(body, headers), JsonNode.class);
    }
}
