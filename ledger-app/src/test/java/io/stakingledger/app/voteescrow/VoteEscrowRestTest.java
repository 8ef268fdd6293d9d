package io.stakingledger.app.voteescrow;

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

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The vote-escrow program over REST: the same commands and views as the batch format, errors as RFC 7807. */
@LedgerAppTest
class VoteEscrowRestTest {

    @Autowired
    TestRestTemplate rest;

    private String pool;

    @BeforeEach
    void createPool() {
        pool = Batch.uniquePool("ve-rest");
        ResponseEntity<JsonNode> created = rest.postForEntity("/api/pools", Map.of("pool", pool,
                "program", "vote-escrow", "params", Map.of("unlockWindow", "P14D"), "at", "2024-01-15T00:00:00Z"),
                JsonNode.class);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }

    private ResponseEntity<JsonNode> command(String type, Map<String, String> fields) {
        return rest.postForEntity("/api/pools/{pool}/commands/{type}", fields, JsonNode.class, pool, type);
    }

    @Test
    void aLockIsAnsweredWithItsEventAndShownInThePosition() {
        ResponseEntity<JsonNode> locked = command("Lock", Map.of("account", "alice", "amount", "100", "term", "12M",
                "at", "2024-01-15T00:00:00Z"));
        assertThat(locked.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(locked.getBody().get("events").get(0).get("type").asText()).isEqualTo("KspLocked");
        assertThat(locked.getBody().get("events").get(0).get("payload").get("vKspAdded").asText()).isEqualTo("400");

        ResponseEntity<JsonNode> position = rest.getForEntity("/api/pools/{pool}/positions/alice?at=2025-01-20T00:00:00Z",
                JsonNode.class, pool);
        assertThat(position.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(position.getBody().get("vKsp").asText()).isEqualTo("400");
        assertThat(position.getBody().get("lockEnd").asText()).isEqualTo("2025-01-15T00:00:00Z");
        assertThat(position.getBody().get("unlockWindowEnd").asText()).isEqualTo("2025-01-29T00:00:00Z");
        assertThat(position.getBody().get("unlockable").asBoolean()).isTrue();
    }

    @Test
    void aCommandThatCrossesARenewalRecordsItAsAnEvent() {
        command("Lock", Map.of("account", "alice", "amount", "100", "term", "4M", "at", "2024-01-15T00:00:00Z"));
        ResponseEntity<JsonNode> vote = command("Vote", Map.of("account", "alice", "target", "KSP-KUSDT",
                "amount", "10", "at", "2024-06-01T00:00:00Z"));
        JsonNode events = vote.getBody().get("events");
        assertThat(events.get(0).get("type").asText()).isEqualTo("LockRenewed");
        assertThat(events.get(0).get("payload").get("lockEnd").asText()).isEqualTo("2024-09-15T00:00:00Z");
        assertThat(events.get(1).get("type").asText()).isEqualTo("VoteCast");
    }

    @Test
    void votesAboveTheVkspAreAProblemNamingWhatIsAvailable() {
        command("Lock", Map.of("account", "alice", "amount", "100", "term", "4M", "at", "2024-01-15T00:00:00Z"));
        ResponseEntity<JsonNode> vote = command("Vote", Map.of("account", "alice", "target", "KSP-KUSDT",
                "amount", "150", "at", "2024-01-15T00:00:00Z"));
        assertThat(vote.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(vote.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(vote.getBody().get("detail").asText()).isEqualTo("voting 150 vKSP for KSP-KUSDT would bring account "
                + "alice's votes to 150, above its vKSP of 100: 100 vKSP are available to vote");
    }

    @Test
    void unlockBeforeTheEndIsAConflictNamingTheWindow() {
        command("Lock", Map.of("account", "alice", "amount", "100", "term", "4M", "at", "2024-01-15T00:00:00Z"));
        ResponseEntity<JsonNode> unlock = command("Unlock", Map.of("account", "alice", "at", "2024-02-01T00:00:00Z"));
        assertThat(unlock.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(unlock.getBody().get("detail").asText()).contains("locked until 2024-05-15T00:00:00Z")
                .contains("until 2024-05-29T00:00:00Z (the unlock window)");
    }

    @Test
    void theAprHistoryIsANamedView() {
        command("Lock", Map.of("account", "alice", "amount", "100", "term", "4M", "at", "2024-01-15T00:00:00Z"));
        command("DistributeRewards", Map.of("amount", "50", "at", "2024-01-16T00:00:00Z"));
        ResponseEntity<JsonNode> history = rest.getForEntity("/api/pools/{pool}/views/aprHistory", JsonNode.class, pool);
        assertThat(history.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(history.getBody().get("aprHistory").get(0).get("amount").asText()).isEqualTo("50");
        assertThat(history.getBody().get("aprHistory").get(0).get("terms").get(0).get("stakingAprPercent").asText())
                .isEqualTo("18250");
    }

    @Test
    void anUnknownTermIsABadRequest() {
        ResponseEntity<JsonNode> lock = command("Lock", Map.of("account", "alice", "amount", "100", "term", "6M",
                "at", "2024-01-15T00:00:00Z"));
        assertThat(lock.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(lock.getBody().get("detail").asText()).isEqualTo("unknown term 6M: this pool offers 4M, 8M, 12M, 12M+");
    }
}
