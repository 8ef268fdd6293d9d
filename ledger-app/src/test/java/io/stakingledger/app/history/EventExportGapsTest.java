package io.stakingledger.app.history;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stakingledger.app.config.JsonConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The export over a store of its own, with rows written by hand: global-index gaps (a writer that has
 * not committed, or an insert rolled back) and metadata as the hash chain writes it.
 */
class EventExportGapsTest {

    private JdbcTemplate jdbc;
    private EventExport export;

    @BeforeEach
    void emptyStore() {
        DriverManagerDataSource store = new DriverManagerDataSource(
                "jdbc:h2:mem:export-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        new ResourceDatabasePopulator(new ClassPathResource("db/migration/V1__event_store.sql")).execute(store);
        jdbc = new JdbcTemplate(store);
        export = new EventExport(jdbc, JsonConfiguration.apiMapper(), Duration.ofSeconds(10));
    }

    private void storedAt(long globalIndex, Instant written, String metaData) {
        jdbc.update("INSERT INTO DomainEventEntry (globalIndex, aggregateIdentifier, sequenceNumber, type, eventIdentifier, "
                        + "metaData, payload, payloadRevision, payloadType, timeStamp) VALUES (?, 'kash', ?, 'EarlyStakingPool', ?, ?, ?, '1', "
                        + "'io.stakingledger.core.earlystaking.StakeDeposited', ?)",
                globalIndex, globalIndex, "event-" + globalIndex, metaData,
                "{\"poolId\":\"kash\",\"account\":\"alice\",\"amount\":\"" + globalIndex + ".000000000000000000\","
                        + "\"principalShares\":\"1\",\"at\":\"2026-01-0" + globalIndex + "T00:00:00Z\"}",
                written.toString());
    }

    private static List<Long> cursors(List<ObjectNode> lines) {
        return lines.stream().map(line -> line.get("cursor").asLong()).toList();
    }

    @Test
    void pageStopsBeforeAYoungGapThatAnUncommittedWriterMayStillFill() {
        storedAt(1, Instant.now(), "{}");
        storedAt(3, Instant.now(), "{}");

        assertThat(cursors(export.page(0, 10))).containsExactly(1L);
        assertThat(export.page(1, 10)).isEmpty();

        storedAt(2, Instant.now(), "{}");
        assertThat(cursors(export.page(1, 10))).as("the late commit is exported, not skipped").containsExactly(2L, 3L);
    }

    @Test
    void pagePassesAGapOldEnoughToBeARolledBackInsert() {
        Instant anHourAgo = Instant.now().minus(Duration.ofHours(1));
        storedAt(1, anHourAgo, "{}");
        storedAt(3, anHourAgo, "{}");

        assertThat(cursors(export.page(0, 10))).containsExactly(1L, 3L);
    }

    @Test
    void lineNamesTheEventAndItsBusinessTimeAndCarriesTheHashOfItsMetadata() {
        storedAt(1, Instant.now(), "{\"hash\":\"00ff\",\"previousHash\":null}");
        storedAt(2, Instant.now(), "{}");

        List<ObjectNode> lines = export.page(0, 10);

        JsonNode first = lines.get(0);
        assertThat(first.get("pool").asText()).isEqualTo("kash");
        assertThat(first.get("type").asText()).isEqualTo("StakeDeposited");
        assertThat(first.get("revision").asText()).isEqualTo("1");
        assertThat(first.get("at").asText()).isEqualTo("2026-01-01T00:00:00Z");
        assertThat(first.get("payload").get("amount").asText()).isEqualTo("1.000000000000000000");
        assertThat(first.get("hash").asText()).isEqualTo("00ff");
        assertThat(lines.get(1).get("hash").isNull()).as("no hash chain yet").isTrue();
    }

    @Test
    void lineCarriesTheActorOfItsMetadataWhenTheEventHasOne() {
        storedAt(1, Instant.now(), "{\"hash\":\"00ff\",\"actor\":\"key:ops-1\"}");
        storedAt(2, Instant.now(), "{\"hash\":\"0aff\"}");

        List<ObjectNode> lines = export.page(0, 10);

        assertThat(lines.get(0).get("actor").asText()).isEqualTo("key:ops-1");
        assertThat(lines.get(1).get("actor").isNull()).as("stored before callers were recorded").isTrue();
    }
}
