package io.stakingledger.app.ops;

import com.fasterxml.jackson.databind.JsonNode;
import io.stakingledger.app.support.Batch;
import io.stakingledger.app.support.LedgerAppTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an operator watches: liveness, readiness, Prometheus metrics of commands and views, request ids.
 * (Spring Boot switches metric export off in tests unless asked, hence its own context.)
 */
@LedgerAppTest
@AutoConfigureObservability
class OperationsTest {

    @Autowired
    TestRestTemplate http;

    private ResponseEntity<JsonNode> post(String path, String json, String requestId) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        if (requestId != null) {
            headers.set(RequestIds.HEADER, requestId);
        }
        return http.exchange(path, HttpMethod.POST, new HttpEntity<>(json, headers), JsonNode.class);
    }

    @Test
    void livenessAndReadinessAnswerUp() {
        assertThat(http.getForObject("/actuator/health/liveness", JsonNode.class).get("status").asText()).isEqualTo("UP");
        assertThat(http.getForObject("/actuator/health/readiness", JsonNode.class).get("status").asText()).isEqualTo("UP");
    }

    @Test
    void commandsAreCountedByProgramTypeOutcomeAndReason() {
        String pool = Batch.uniquePool("metrics");
        post("/api/pools", """
                {"pool":"%s","program":"points-boost"}""".formatted(pool), null);
        assertThat(post("/api/pools/" + pool + "/commands/Stake", """
                {"account":"alice","amount":"5"}""", null).getStatusCode().value()).isEqualTo(200);
        assertThat(post("/api/pools/" + pool + "/commands/Unstake", """
                {"account":"nobody","amount":"5"}""", null).getStatusCode().is4xxClientError()).isTrue();
        http.getForObject("/api/pools/" + pool + "/positions/alice", JsonNode.class);

        String metrics = http.getForObject("/actuator/prometheus", String.class);
        assertThat(metrics).containsPattern(
                "ledger_commands_seconds_count\\{outcome=\"accepted\",program=\"points-boost\",reason=\"none\",type=\"Stake\"} [1-9]");
        assertThat(metrics).containsPattern(
                "ledger_commands_seconds_count\\{outcome=\"rejected\",program=\"points-boost\",reason=\"[a-z-]+\",type=\"Unstake\"} [1-9]");
        assertThat(metrics).containsPattern("ledger_views_seconds_count\\{program=\"points-boost\",view=\"position\"} [1-9]");
        assertThat(metrics).contains("ledger_commands_seconds_bucket{");
        assertThat(metrics).containsPattern("ledger_events_stored [1-9]");
        assertThat(metrics).containsPattern("ledger_views_lag_events 0");
        assertThat(metrics).contains("ledger_rebuild_events 0").contains("ledger_replay_events 0");
    }

    @Test
    void aCommandTypeNoProgramHasIsCountedAsUnknownNotUnderItsOwnName() {
        String pool = Batch.uniquePool("metrics");
        post("/api/pools", """
                {"pool":"%s","program":"points-boost"}""".formatted(pool), null);
        for (String made : new String[] {"MadeUpOne", "MadeUpTwo"}) {
            assertThat(post("/api/pools/" + pool + "/commands/" + made, "{}", null).getStatusCode().value()).isEqualTo(400);
        }

        String metrics = http.getForObject("/actuator/prometheus", String.class);
        assertThat(metrics).doesNotContainPattern("ledger_commands_[a-z_]+\\{[^}]*MadeUp");
        assertThat(metrics).containsPattern(
                "ledger_commands_seconds_count\\{outcome=\"rejected\",program=\"points-boost\",reason=\"[a-z-]+\",type=\"unknown\"} [2-9]");
    }

    @Test
    void requestsAreTimedWithoutSpringSecuritysObservationOfEachFilter() {
        http.getForObject("/actuator/health/liveness", JsonNode.class);
        post("/api/pools", "{}", null);

        String metrics = http.getForObject("/actuator/prometheus", String.class);
        assertThat(metrics).contains("http_server_requests_seconds_count{");
        assertThat(metrics).doesNotContain("spring_security_");
    }

    @Test
    void everyAnswerCarriesARequestIdAndACallersOwnIsKept() {
        ResponseEntity<JsonNode> generated = post("/api/pools", "{}", null);
        assertThat(generated.getHeaders().getFirst(RequestIds.HEADER)).matches("[0-9a-f-]{36}");
        ResponseEntity<JsonNode> kept = post("/api/pools", "{}", "batch-42");
        assertThat(kept.getHeaders().getFirst(RequestIds.HEADER)).isEqualTo("batch-42");
        ResponseEntity<JsonNode> replaced = post("/api/pools", "{}", "not a plain token; <script>");
        assertThat(replaced.getHeaders().getFirst(RequestIds.HEADER)).matches("[0-9a-f-]{36}");
    }
}
