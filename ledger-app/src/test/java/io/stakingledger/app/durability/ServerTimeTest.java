package io.stakingledger.app.durability;

import com.fasterxml.jackson.databind.JsonNode;
import io.stakingledger.app.support.Batch;
import io.stakingledger.app.support.LedgerAppTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Commands sent without {@code at} take the server's clock once their pool is locked, never earlier than
 * the pool's last event: concurrent clients on one pool are never refused for going back in time.
 */
@LedgerAppTest
class ServerTimeTest {

    @Autowired
    TestRestTemplate http;

    private ResponseEntity<JsonNode> post(String path, String json) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.postForEntity(path, new HttpEntity<>(json, headers), JsonNode.class);
    }

    @Test
    void twentyClientsWithoutTimeOnOnePoolAreAllAccepted() throws Exception {
        String pool = Batch.uniquePool("clock");
        assertThat(post("/api/pools", """
                {"pool":"%s","program":"points-boost"}""".formatted(pool)).getStatusCode().value()).isEqualTo(201);
        ExecutorService clients = Executors.newFixedThreadPool(20);
        List<Future<ResponseEntity<JsonNode>>> answers = IntStream.range(0, 200)
                .mapToObj(n -> clients.submit(() -> post("/api/pools/" + pool + "/commands/Stake", """
                        {"account":"a%d","amount":"1"}""".formatted(n % 20))))
                .toList();
        List<Instant> times = new java.util.ArrayList<>();
        for (Future<ResponseEntity<JsonNode>> answer : answers) {
            ResponseEntity<JsonNode> response = answer.get();
            assertThat(response.getStatusCode().value()).as(String.valueOf(response.getBody())).isEqualTo(200);
            times.add(Instant.parse(response.getBody().get("events").get(0).get("payload").get("at").asText()));
        }
        clients.shutdown();
        assertThat(times).hasSize(200).allMatch(at -> at.isAfter(Instant.now().minusSeconds(600)));
    }

    @Test
    void aCommandWithoutTimeIsNeverEarlierThanThePoolsLastEvent() {
        String pool = Batch.uniquePool("ahead");
        Instant ahead = Instant.now().plusSeconds(60).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        assertThat(post("/api/pools", """
                {"pool":"%s","program":"points-boost"}""".formatted(pool)).getStatusCode().value()).isEqualTo(201);
        assertThat(post("/api/pools/" + pool + "/commands/Stake", """
                {"account":"a","amount":"1","at":"%s"}""".formatted(ahead)).getStatusCode().value()).isEqualTo(200);
        ResponseEntity<JsonNode> now = post("/api/pools/" + pool + "/commands/Stake", """
                {"account":"b","amount":"1"}""");
        assertThat(now.getStatusCode().value()).as(String.valueOf(now.getBody())).isEqualTo(200);
        assertThat(now.getBody().get("events").get(0).get("payload").get("at").asText()).isEqualTo(ahead.toString());
    }
}
