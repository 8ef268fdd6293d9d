package io.stakingledger.app.audit;

import com.fasterxml.jackson.databind.JsonNode;
import io.stakingledger.app.batch.BatchRunner;
import io.stakingledger.app.support.Batch;
import io.stakingledger.app.support.LedgerAppTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A stored pool whose events cannot be folded (here a creation written before parameters were checked,
 * whose EPB curve has no fit) is that pool's failure alone: its views answer a 500 problem, the audit
 * and the replay report it and go on with every other pool.
 */
@LedgerAppTest
class FailingPoolTest {

    @Autowired
    BatchRunner runner;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestRestTemplate http;

    @Test
    void aPoolThatCannotBeFoldedFailsAloneAndTheOthersAreAnsweredAuditedAndReplayed() {
        String healthy = Batch.uniquePool("healthy");
        new Batch(runner).run(healthy, """
                {"type":"CreatePool","pool":"$pool","program":"early-staking","params":{"start":"2026-01-05T00:00:00Z"},"at":"2026-01-01T00:00:00Z"}
                """);
        Map<String, Object> created = jdbc.queryForMap("SELECT type, payload, payloadRevision, payloadType "
                + "FROM DomainEventEntry WHERE aggregateIdentifier = ? AND sequenceNumber = 0", healthy);
        String broken = Batch.uniquePool("broken");
        String payload = created.get("PAYLOAD").toString().replace(healthy, broken);
        String unfit = payload.replace("\"saleShares\":\"30000000.000000000000000000\"", "\"saleShares\":\"1.000000000000000000\"");
        assertThat(unfit).isNotEqualTo(payload);
        jdbc.update("INSERT INTO DomainEventEntry (aggregateIdentifier, sequenceNumber, type, eventIdentifier, metaData, "
                        + "payload, payloadRevision, payloadType, timeStamp) VALUES (?, 0, ?, ?, '{}', ?, ?, ?, ?)",
                broken, created.get("TYPE"), UUID.randomUUID().toString(), unfit, created.get("PAYLOADREVISION"),
                created.get("PAYLOADTYPE"), "2026-01-01T00:00:00Z");
        try {
            ResponseEntity<JsonNode> view = http.getForEntity("/api/pools/" + broken, JsonNode.class);
            assertThat(view.getStatusCode()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
            assertThat(view.getHeaders().getContentType().toString()).startsWith("application/problem+json");
            assertThat(view.getBody().get("detail").asText()).startsWith("pool " + broken + " cannot be shown: its "
                    + "EarlyStakingPoolCreated at 2026-01-01T00:00:00Z could not be applied");
            assertThat(http.getForEntity("/api/pools/" + healthy, JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.OK);

            JsonNode audits = http.getForObject("/api/audit", JsonNode.class);
            JsonNode brokenAudit = audit(audits, broken);
            assertThat(brokenAudit.get("ok").asBoolean()).isFalse();
            assertThat(brokenAudit.get("failure").asText()).startsWith("the pool's events could not be folded");
            assertThat(audit(audits, healthy).get("ok").asBoolean()).isTrue();
            assertThat(audit(audits, healthy).has("failure")).isFalse();

            JsonNode replay = http.postForObject("/api/admin/replay", null, JsonNode.class);
            assertThat(replay.get("identical").asBoolean()).isFalse();
            assertThat(replay.get("failures").findValuesAsText("pool")).contains(broken).doesNotContain(healthy);
            assertThat(replay.get("differences").findValuesAsText("pool")).doesNotContain(healthy, broken);
        } finally {
            // Repaired, so the store other tests share holds no broken pool.
            jdbc.update("UPDATE DomainEventEntry SET payload = ? WHERE aggregateIdentifier = ?", payload, broken);
            http.postForObject("/api/admin/views/rebuild", null, JsonNode.class);
        }
        assertThat(http.getForEntity("/api/pools/" + broken, JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void aStoredEventThatNoLongerReadsMakesItsPoolUnavailableAndEveryOtherPoolGoesOn() {
        String healthy = Batch.uniquePool("healthy");
        String created = """
                {"type":"CreatePool","pool":"$pool","program":"vote-escrow","at":"2024-01-15T00:00:00Z"}
                """;
        new Batch(runner).run(healthy, created);
        Map<String, Object> row = jdbc.queryForMap("SELECT type, payload, payloadRevision, payloadType "
                + "FROM DomainEventEntry WHERE aggregateIdentifier = ? AND sequenceNumber = 0", healthy);
        String damaged = Batch.uniquePool("damaged");
        jdbc.update("INSERT INTO DomainEventEntry (aggregateIdentifier, sequenceNumber, type, eventIdentifier, metaData, "
                        + "payload, payloadRevision, payloadType, timeStamp) VALUES (?, 0, ?, ?, ?, ?, ?, ?, ?)",
                damaged, row.get("TYPE"), UUID.randomUUID().toString(), "{\"hash\": not json",
                row.get("PAYLOAD").toString().replace(healthy, damaged), row.get("PAYLOADREVISION"),
                row.get("PAYLOADTYPE"), "2024-01-15T00:00:00Z");
        try {
            ResponseEntity<JsonNode> view = http.getForEntity("/api/pools/" + damaged, JsonNode.class);
            assertThat(view.getStatusCode()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
            assertThat(view.getBody().get("detail").asText())
                    .startsWith("pool " + damaged + " cannot be shown: its event #0 (stored at global index ")
                    .contains("could not be read");
            assertThat(new Batch(runner).run(damaged, created))
                    .as("the damaged pool is neither missing nor created again")
                    .singleElement().satisfies(answer -> assertThat(answer.has("rejected")).isTrue());

            String later = Batch.uniquePool("later");
            assertThat(new Batch(runner).run(later, created + """
                    {"type":"Lock","pool":"$pool","account":"alice","amount":"10","term":"4M","at":"2024-01-15T00:00:00Z"}
                    """)).as("commands of other pools are decided and stored").isEmpty();
            assertThat(http.getForEntity("/api/pools/" + later, JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(http.getForEntity("/api/pools/" + healthy, JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        } finally {
            // Removed, so the store other tests share holds no damaged row.
            jdbc.update("DELETE FROM DomainEventEntry WHERE aggregateIdentifier = ?", damaged);
            http.postForObject("/api/admin/views/rebuild", null, JsonNode.class);
        }
        assertThat(http.getForEntity("/api/pools/" + damaged, JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    private static JsonNode audit(JsonNode audits, String pool) {
        return StreamSupport.stream(audits.spliterator(), false).filter(a -> a.get("pool").asText().equals(pool))
                .findFirst().orElseThrow();
    }
}
