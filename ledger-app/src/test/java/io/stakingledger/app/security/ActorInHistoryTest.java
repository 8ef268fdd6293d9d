package io.stakingledger.app.security;

import com.fasterxml.jackson.databind.JsonNode;
import io.stakingledger.app.audit.Auditor;
import io.stakingledger.app.audit.ChainReport;
import io.stakingledger.app.batch.BatchRunner;
import io.stakingledger.app.support.Batch;
import io.stakingledger.app.support.Http;
import io.stakingledger.app.support.LedgerAppTest;
import io.stakingledger.app.support.TestKeys;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Who did it is part of the history: in every event's metadata, under the hash, in statements and the export. */
@LedgerAppTest
class ActorInHistoryTest {

    @LocalServerPort
    int port;
    @Autowired
    TestKeys keys;
    @Autowired
    BatchRunner runner;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Auditor auditor;

    private Http http;
    private String pool;
    private String operator;
    private String alice;

    @BeforeEach
    void history() {
        http = new Http(port);
        operator = keys.operator();
        alice = keys.account("alice");
        pool = Batch.uniquePool("actor");
        assertThat(http.post("/api/pools", "{\"pool\":\"" + pool + "\",\"program\":\"early-staking\",\"params\":"
                + "{\"start\":\"2026-01-05T00:00:00Z\"},\"at\":\"2026-01-01T00:00:00Z\"}", operator).status()).isEqualTo(201);
        assertThat(http.post("/api/pools/" + pool + "/commands/Purchase", "{\"account\":\"alice\",\"amount\":\"1000\","
                + "\"paidAsset\":\"USDC\",\"paidAmount\":\"500\",\"at\":\"2026-01-02T00:00:00Z\"}", alice).status()).isEqualTo(200);
        assertThat(http.post("/api/pools/" + pool + "/commands/Stake", "{\"account\":\"alice\",\"amount\":\"1000\","
                + "\"at\":\"2026-01-03T00:00:00Z\"}", alice).status()).isEqualTo(200);
        new Batch(runner).run(pool, """
                {"type":"CloseEpoch","pool":"$pool","at":"2026-01-12T00:00:00Z"}
                """);
    }

    private List<String> actors() {
        return jdbc.queryForList("SELECT metaData FROM DomainEventEntry WHERE aggregateIdentifier = ? ORDER BY sequenceNumber",
                String.class, pool).stream().map(m -> m.replaceAll(".*\"actor\":\"([^\"]*)\".*", "$1")).toList();
    }

    @Test
    void everyEventRecordsWhoSentItsCommand() {
        String operatorActor = ApiKeys.actorOf(ApiKeys.keyIdOf(operator));
        String aliceActor = ApiKeys.actorOf(ApiKeys.keyIdOf(alice));
        assertThat(actors()).containsExactly(operatorActor, aliceActor, aliceActor, "local");
        assertThat(auditor.audit(pool).chain().ok()).isTrue();
    }

    @Test
    void changingTheActorBreaksTheHashChainAtThatEvent() {
        String metaData = jdbc.queryForObject("SELECT metaData FROM DomainEventEntry WHERE aggregateIdentifier = ? "
                + "AND sequenceNumber = 1", String.class, pool);
        String aliceActor = ApiKeys.actorOf(ApiKeys.keyIdOf(alice));
        jdbc.update("UPDATE DomainEventEntry SET metaData = ? WHERE aggregateIdentifier = ? AND sequenceNumber = 1",
                metaData.replace(aliceActor, "key:0000000000000000"), pool);

        ChainReport chain = auditor.audit(pool).chain();

        assertThat(chain.ok()).isFalse();
        assertThat(chain.firstBreak().sequence()).isEqualTo(1);
        assertThat(chain.firstBreak().reason()).contains("does not match its hash");
    }

    @Test
    void removingTheActorBreaksTheHashChainToo() {
        String metaData = jdbc.queryForObject("SELECT metaData FROM DomainEventEntry WHERE aggregateIdentifier = ? "
                + "AND sequenceNumber = 2", String.class, pool);
        jdbc.update("UPDATE DomainEventEntry SET metaData = ? WHERE aggregateIdentifier = ? AND sequenceNumber = 2",
                withoutActor(metaData), pool);

        assertThat(auditor.audit(pool).chain().firstBreak().sequence()).isEqualTo(2);
    }

    @Test
    void statementsAndTheExportShowTheActor() {
        String aliceActor = ApiKeys.actorOf(ApiKeys.keyIdOf(alice));
        JsonNode statement = http.get("/api/pools/" + pool + "/accounts/alice/statement", alice).json();
        assertThat(statement.get("entries").findValuesAsText("actor")).containsExactly(aliceActor, aliceActor);
        String csv = http.get("/api/pools/" + pool + "/accounts/alice/statement?format=csv", alice).body();
        assertThat(csv.lines().findFirst().orElseThrow()).startsWith("sequence,at,type,actor,");
        assertThat(csv.lines().skip(1)).allMatch(line -> line.split(",")[3].equals(aliceActor));
        long before = jdbc.queryForObject("SELECT MIN(globalIndex) - 1 FROM DomainEventEntry WHERE aggregateIdentifier = ?",
                Long.class, pool);
        String export = http.get("/api/events?limit=1000&after=" + before, keys.auditor()).body();
        assertThat(export.lines().filter(line -> line.contains("\"pool\":\"" + pool + "\"")))
                .hasSize(4).allMatch(line -> line.contains("\"actor\":\""));
    }

    /** The stored metadata without its actor, still valid JSON wherever the actor stood among the keys. */
    private static String withoutActor(String metaData) {
        try {
            com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
            com.fasterxml.jackson.databind.node.ObjectNode tree = (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(metaData);
            assertThat(tree.remove("actor")).isNotNull();
            return json.writeValueAsString(tree);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
