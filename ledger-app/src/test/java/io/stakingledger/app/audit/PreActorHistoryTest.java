package io.stakingledger.app.audit;

import io.stakingledger.app.batch.BatchRunner;
import io.stakingledger.app.support.Batch;
import io.stakingledger.app.support.Http;
import io.stakingledger.app.support.LedgerAppTest;
import io.stakingledger.app.support.TestKeys;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A store written before actors were recorded: its events carry no actor and their hashes cover none.
 * They still verify, and the chain goes on across the first event that carries an actor.
 */
@LedgerAppTest
class PreActorHistoryTest {

    @LocalServerPort
    int port;
    @Autowired
    BatchRunner runner;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Auditor auditor;
    @Autowired
    TestKeys keys;

    @Test
    void canonicalFormGainsTheActorLineOnlyWhenThereIsOne() {
        String old = HashChain.canonicalForm("T", "1", "p", 3, "2026-01-01T00:00:00Z", "{}", "abc");
        assertThat(old).isEqualTo("T\n1\np\n3\n2026-01-01T00:00:00Z\n{}\nabc");
        assertThat(HashChain.canonicalForm("T", "1", "p", 3, "2026-01-01T00:00:00Z", "{}", "abc", null)).isEqualTo(old);
        assertThat(HashChain.canonicalForm("T", "1", "p", 3, "2026-01-01T00:00:00Z", "{}", "abc", "key:0123"))
                .isEqualTo(old + "\nkey:0123");
    }

    @Test
    void eventsStoredWithoutAnActorVerifyAndTheChainContinuesAfterThem() {
        String pool = oldStylePool();
        assertThat(auditor.audit(pool).ok()).isTrue();

        Http.Answer lock = new Http(port).post("/api/pools/" + pool + "/commands/Lock", "{\"account\":\"bob\","
                + "\"amount\":\"2\",\"term\":\"4M\",\"at\":\"2026-01-03T00:00:00Z\"}", keys.recorder());
        assertThat(lock.status()).isEqualTo(200);

        PoolAudit audit = auditor.audit(pool);
        assertThat(audit.ok()).isTrue();
        assertThat(audit.chain().events()).isEqualTo(3);
        List<String> metaData = jdbc.queryForList("SELECT metaData FROM DomainEventEntry WHERE aggregateIdentifier = ? "
                + "ORDER BY sequenceNumber", String.class, pool);
        assertThat(metaData.get(0)).doesNotContain("actor");
        assertThat(metaData.get(1)).doesNotContain("actor");
        assertThat(metaData.get(2)).contains("\"actor\":\"key:");
    }

    /** A pool's two events copied under a new id as an older ledger wrote them: no actor, hashes without one. */
    private String oldStylePool() {
        String template = Batch.uniquePool("template");
        new Batch(runner).run(template, """
                {"type":"CreatePool","pool":"$pool","program":"vote-escrow","at":"2026-01-01T00:00:00Z"}
                {"type":"Lock","pool":"$pool","account":"alice","amount":"5","term":"4M","at":"2026-01-02T00:00:00Z"}
                """);
        String pool = Batch.uniquePool("pre-actor");
        String previous = HashChain.GENESIS;
        for (Map<String, Object> row : jdbc.queryForList("SELECT sequenceNumber, type, payload, payloadRevision, "
                + "payloadType, timeStamp FROM DomainEventEntry WHERE aggregateIdentifier = ? ORDER BY sequenceNumber",
                template)) {
            long sequence = ((Number) row.get("SEQUENCENUMBER")).longValue();
            String payload = row.get("PAYLOAD").toString().replace(template, pool);
            String at = sequence == 0 ? "2026-01-01T00:00:00Z" : "2026-01-02T00:00:00Z";
            String hash = HashChain.hash(HashChain.canonicalForm(row.get("PAYLOADTYPE").toString(),
                    row.get("PAYLOADREVISION").toString(), pool, sequence, at, payload, previous));
            jdbc.update("INSERT INTO DomainEventEntry (aggregateIdentifier, sequenceNumber, type, eventIdentifier, "
                            + "metaData, payload, payloadRevision, payloadType, timeStamp) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    pool, sequence, row.get("TYPE"), UUID.randomUUID().toString(),
                    "{\"hash\":\"" + hash + "\",\"previousHash\":\"" + previous + "\"}", payload,
                    row.get("PAYLOADREVISION"), row.get("PAYLOADTYPE"), row.get("TIMESTAMP"));
            previous = hash;
        }
        return pool;
    }
}
