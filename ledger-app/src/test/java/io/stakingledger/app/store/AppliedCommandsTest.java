package io.stakingledger.app.store;

import com.fasterxml.jackson.databind.JsonNode;
import io.stakingledger.app.support.Http;
import io.stakingledger.app.support.LedgerAppTest;
import io.stakingledger.app.support.TestKeys;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.sql.Connection;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The store remembers every command by its id, beside its events and in the same transaction; repeats are
 * answered from it, and a store written before the table existed gets the same rows from its events' metadata.
 */
@LedgerAppTest
class AppliedCommandsTest {

    @LocalServerPort
    int port;
    @Autowired
    TestKeys keys;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;

    private Http http;
    private String pool;

    @BeforeEach
    void pool() {
        http = new Http(port);
        pool = http.smallEarlyStakingPool("applied", keys.admin(), "create-1");
    }

    private Http.Answer stake(String account, String amount, String commandId) {
        return http.post("/api/pools/" + pool + "/commands/Stake", """
                {"account":"%s","amount":"%s","at":"2026-01-02T00:00:00Z"%s}""".formatted(account, amount,
                commandId == null ? "" : ",\"commandId\":\"" + commandId + "\""), keys.admin());
    }

    private List<Map<String, Object>> rows(String where, Object... arguments) {
        return jdbc.queryForList("SELECT aggregateIdentifier, commandId, fingerprint, firstSequence, lastSequence "
                + "FROM AppliedCommand " + where + " ORDER BY aggregateIdentifier, firstSequence", arguments);
    }

    @Test
    void eachCommandWithAnIdIsOneRowNamingItsEventsAndItsFingerprint() {
        assertThat(stake("alice", "100", "s-1").status()).isEqualTo(200);
        assertThat(stake("bob", "5", null).status()).isEqualTo(200);
        assertThat(stake("alice", "100", "s-1").json().get("duplicate").asBoolean()).isTrue();

        List<Map<String, Object>> rows = rows("WHERE aggregateIdentifier = ?", pool);
        assertThat(rows).extracting(row -> row.get("COMMANDID")).containsExactly("create-1", "s-1");
        assertThat(rows).extracting(row -> row.get("FIRSTSEQUENCE"), row -> row.get("LASTSEQUENCE"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple(0L, 0L), org.assertj.core.groups.Tuple.tuple(1L, 1L));
        assertThat((String) rows.get(1).get("FINGERPRINT")).hasSize(64);
        assertThat(jdbc.queryForObject("SELECT metaData FROM DomainEventEntry WHERE aggregateIdentifier = ? "
                + "AND sequenceNumber = 1", String.class, pool)).contains((String) rows.get(1).get("FINGERPRINT"));
    }

    @Test
    void aRepeatIsAnsweredFromTheStoreWithTheFirstOutcomeAndAnotherCommandUnderTheIdIsRefused() {
        Http.Answer first = stake("alice", "100", "s-2");
        jdbc.update("UPDATE AppliedCommand SET fingerprint = NULL WHERE aggregateIdentifier = ? AND commandId = ?",
                pool, "s-2");

        // without a stored fingerprint only the id decides, so this different command is answered as the repeat
        // the store says it is: the answer comes from the table, not from anything the pool kept in memory
        Http.Answer repeat = stake("alice", "999", "s-2");

        assertThat(repeat.status()).isEqualTo(200);
        assertThat(repeat.json().get("duplicate").asBoolean()).isTrue();
        assertThat(repeat.json().get("events")).isEqualTo(first.json().get("events"));
        assertThat(stake("carol", "1", "s-3").status()).isEqualTo(200);
        assertThat(stake("carol", "2", "s-3").json().get("type").asText()).endsWith("/command-id-reused");
    }

    @Test
    void theAuditComparesTheRowsWithTheEventsAndNamesTheFirstDifference() {
        assertThat(stake("alice", "100", "s-6").status()).isEqualTo(200);
        assertThat(stake("bob", "3", "s-7").status()).isEqualTo(200);
        JsonNode audit = http.get("/api/pools/" + pool + "/audit", keys.admin()).json();
        assertThat(audit.get("ok").asBoolean()).as(audit.toString()).isTrue();
        assertThat(audit.get("commands").get("inEvents").asLong()).isEqualTo(3);
        assertThat(audit.get("commands").get("stored").asLong()).isEqualTo(3);

        Map<String, Object> row = rows("WHERE aggregateIdentifier = ? AND commandId = ?", pool, "s-6").get(0);
        jdbc.update("DELETE FROM AppliedCommand WHERE aggregateIdentifier = ? AND commandId = ?", pool, "s-6");
        JsonNode missing = http.get("/api/pools/" + pool + "/audit", keys.admin()).json();
        jdbc.update("INSERT INTO AppliedCommand (aggregateIdentifier, commandId, fingerprint, firstSequence, lastSequence) "
                + "VALUES (?, ?, ?, ?, ?)", pool, "s-6", row.get("FINGERPRINT"), 1, 1);
        jdbc.update("INSERT INTO AppliedCommand (aggregateIdentifier, commandId, fingerprint, firstSequence, lastSequence) "
                + "VALUES (?, ?, ?, ?, ?)", pool, "s-x", null, 1, 1);
        JsonNode extra = http.get("/api/pools/" + pool + "/audit", keys.admin()).json();
        jdbc.update("DELETE FROM AppliedCommand WHERE aggregateIdentifier = ? AND commandId = ?", pool, "s-x");
        JsonNode restored = http.get("/api/pools/" + pool + "/audit", keys.admin()).json();

        assertThat(missing.get("ok").asBoolean()).isFalse();
        assertThat(missing.get("chain").get("ok").asBoolean()).as("the history itself is intact").isTrue();
        assertThat(missing.get("commands").get("firstDifference").asText()).isEqualTo("commandId s-6 (events 1 to 1): no row");
        assertThat(extra.get("ok").asBoolean()).isFalse();
        assertThat(extra.get("commands").get("firstDifference").asText()).isEqualTo("commandId s-x: a row that no event names");
        assertThat(restored.get("ok").asBoolean()).as(restored.toString()).isTrue();
    }

    @Test
    void whenItsRowCannotBeWrittenTheCommandStoresNoEventAndCanBeSentAgain() {
        long before = jdbc.queryForObject("SELECT COUNT(*) FROM DomainEventEntry WHERE aggregateIdentifier = ?",
                Long.class, pool);
        jdbc.execute("ALTER TABLE AppliedCommand ADD CONSTRAINT refuse_boom CHECK (commandId <> 'boom-1')");
        Http.Answer failed;
        try {
            failed = stake("alice", "100", "boom-1");
        } finally {
            jdbc.execute("ALTER TABLE AppliedCommand DROP CONSTRAINT refuse_boom");
        }

        assertThat(failed.status()).as(failed.body()).isGreaterThanOrEqualTo(500);
        assertThat(failed.header("Content-Type")).startsWith("application/problem+json");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM DomainEventEntry WHERE aggregateIdentifier = ?",
                Long.class, pool)).as("the events went with the row").isEqualTo(before);
        Http.Answer again = stake("alice", "100", "boom-1");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("duplicate").asBoolean()).isFalse();
        assertThat(rows("WHERE aggregateIdentifier = ? AND commandId = ?", pool, "boom-1")).hasSize(1);
    }

    @Test
    void theMigrationFillsTheTableFromTheEventsAsTheAppendsDid() throws Exception {
        assertThat(stake("alice", "100", "s-4").status()).isEqualTo(200);
        assertThat(stake("bob", "7", null).status()).isEqualTo(200);
        assertThat(stake("bob", "8", "s-5").status()).isEqualTo(200);
        List<Map<String, Object>> written = rows("");
        assertThat(written).isNotEmpty();

        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            connection.createStatement().executeUpdate("DELETE FROM AppliedCommand");
            new AppliedCommandBackfill().migrate(new Context() {
                @Override
                public Configuration getConfiguration() {
                    return null;
                }

                @Override
                public Connection getConnection() {
                    return connection;
                }
            });
            connection.commit();
        }

        assertThat(rows("")).isEqualTo(written);
    }
}
