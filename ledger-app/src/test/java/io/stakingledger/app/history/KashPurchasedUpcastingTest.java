package io.stakingledger.app.history;

import com.fasterxml.jackson.databind.JsonNode;
import io.stakingledger.app.batch.BatchRunner;
import io.stakingledger.app.support.Batch;
import io.stakingledger.app.support.LedgerAppTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A pool whose rows were written before {@code KashPurchased} revision 2 existed: its revision-1 purchase,
 * inserted straight into {@code DomainEventEntry} as JSON text, reads back as the current record.
 */
@LedgerAppTest
class KashPurchasedUpcastingTest {

    @Autowired
    BatchRunner runner;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestRestTemplate http;

    /** Stores a pool creation (copied from a pool made today) and a revision-1 purchase, as old rows would be. */
    private String poolWithARevision1Purchase() {
        String template = Batch.uniquePool("template");
        new Batch(runner).run(template, """
                {"type":"CreatePool","pool":"$pool","program":"early-staking","params":{"start":"2026-01-05T00:00:00Z"},"at":"2026-01-01T00:00:00Z"}
                """);
        Map<String, Object> created = jdbc.queryForMap(
                "SELECT type, metaData, payload, payloadRevision, payloadType, timeStamp FROM DomainEventEntry "
                        + "WHERE aggregateIdentifier = ? AND sequenceNumber = 0", template);
        String pool = Batch.uniquePool("rev1");
        insert(pool, 0, created.get("TYPE"), created.get("PAYLOAD").toString().replace(template, pool),
                created.get("PAYLOADREVISION"), created.get("PAYLOADTYPE"), created.get("METADATA"));
        insert(pool, 1, created.get("TYPE"), """
                {"account":"alice","amount":"100000.000000000000000000","at":"2026-01-02T00:00:00Z",\
                "dcrEarned":"889403.970071485243582050","effectiveBonus":"9.894039700714852435",\
                "paidAmount":"50000.000000000000000000","paidAsset":"USDC","poolId":"%s",\
                "soldBefore":"0.000000000000000000"}""".formatted(pool),
                "1", "io.stakingledger.core.earlystaking.KashPurchased", created.get("METADATA"));
        return pool;
    }

    private void insert(String pool, long sequence, Object aggregateType, String payload, Object revision,
                        Object payloadType, Object metaData) {
        jdbc.update("INSERT INTO DomainEventEntry (aggregateIdentifier, sequenceNumber, type, eventIdentifier, metaData, "
                        + "payload, payloadRevision, payloadType, timeStamp) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                pool, sequence, aggregateType, UUID.randomUUID().toString(), metaData, payload, revision, payloadType,
                "2026-01-02T00:00:00Z");
    }

    @Test
    void revision1PurchaseIsReadAsRevision2WithSoldAfterFilledIn() {
        String pool = poolWithARevision1Purchase();

        JsonNode statement = http.getForObject("/api/pools/" + pool + "/accounts/alice/statement", JsonNode.class);

        JsonNode purchase = statement.get("entries").get(0).get("event");
        assertThat(purchase.get("soldBefore").asText()).isEqualTo("0");
        assertThat(purchase.get("soldAfter").asText()).isEqualTo("100000");
        assertThat(purchase.get("dcrEarned").asText()).isEqualTo("889403.97007148524358205");
    }

    @Test
    void viewsFoldTheUpcastPurchase() {
        String pool = poolWithARevision1Purchase();

        JsonNode view = http.getForObject("/api/pools/" + pool, JsonNode.class);
        JsonNode alice = http.getForObject("/api/pools/" + pool + "/positions/alice", JsonNode.class);

        assertThat(view.get("sold").asText()).isEqualTo("100000");
        assertThat(alice.get("bought").asText()).isEqualTo("100000");
        assertThat(alice.get("dcrBalance").asText()).isEqualTo("889403.97007148524358205");
    }

    @Test
    void poolLoadedFromTheUpcastHistoryGoesOnWhereRevision1LeftOff() {
        String pool = poolWithARevision1Purchase();

        List<JsonNode> out = new Batch(runner).run(pool, """
                {"type":"Purchase","pool":"$pool","account":"bob","amount":"1000","paidAsset":"USDC","paidAmount":"500","at":"2026-01-03T00:00:00Z"}
                """);

        assertThat(out).isEmpty();
        JsonNode bob = http.getForObject("/api/pools/" + pool + "/accounts/bob/statement", JsonNode.class)
                .get("entries").get(0).get("event");
        assertThat(bob.get("soldBefore").asText()).isEqualTo("100000");
        assertThat(bob.get("soldAfter").asText()).isEqualTo("101000");
        String stored = jdbc.queryForObject("SELECT payloadRevision FROM DomainEventEntry WHERE aggregateIdentifier = ? "
                + "AND sequenceNumber = 2", String.class, pool);
        assertThat(stored).as("new purchases are written at the current revision").isEqualTo("2");
    }
}
