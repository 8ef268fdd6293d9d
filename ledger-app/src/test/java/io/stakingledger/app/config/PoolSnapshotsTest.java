package io.stakingledger.app.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micrometer.core.instrument.MeterRegistry;
import io.stakingledger.app.LedgerApplication;
import io.stakingledger.app.batch.BatchRunner;
import io.stakingledger.app.support.Batch;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pools loaded from their snapshot decide exactly as pools folded from their first event, in all four programs; a
 * snapshot of another build, or whose last event the store holds with another hash, is set aside.
 *
 * <p>Each example history runs twice, as pool {@code <pool>-s} and {@code <pool>-f}, with a snapshot every 3 events,
 * all but its last three commands. After a restart, with the snapshots of the {@code -f} pools deleted, the last
 * three commands go to both: every answer must be the same.
 */
class PoolSnapshotsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path EXAMPLES = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().normalize()
            .resolveSibling("examples");
    private static final int TAIL = 3;

    @TempDir
    Path dir;
    private final List<List<ObjectNode>> histories = new ArrayList<>();

    @BeforeEach
    void readExamples() throws IOException {
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".ndjson")).sorted().toList()) {
                List<ObjectNode> commands = new ArrayList<>();
                for (String line : Files.readAllLines(file)) {
                    JsonNode node = JSON.readTree(line);
                    if (node.has("type")) {
                        commands.add((ObjectNode) node);
                    }
                }
                histories.add(commands);
            }
        }
        assertThat(histories).hasSize(4);
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(LedgerApplication.class)
                .run("--spring.datasource.url=" + url(), "--server.port=0", "--logging.level.root=WARN",
                        "--ledger.pool.snapshot-every=3");
    }

    private String url() {
        return "jdbc:h2:file:" + dir.resolve("ledger") + ";DB_CLOSE_ON_EXIT=FALSE";
    }

    /** Runs each command as a batch of its own (a batch stops at its first rejection; the examples hold some). */
    private static List<JsonNode> run(ConfigurableApplicationContext ledger, List<ObjectNode> commands, String suffix) {
        List<JsonNode> answers = new ArrayList<>();
        for (ObjectNode command : commands) {
            ObjectNode renamed = command.deepCopy();
            renamed.put("pool", command.get("pool").asText() + suffix);
            answers.addAll(new Batch(ledger.getBean(BatchRunner.class)).runExactly(renamed + "\n"));
        }
        return answers;
    }

    /** Stores every history but its tail twice and waits for the snapshots of every pool. */
    private void storeHeadsAndSnapshot() throws Exception {
        try (ConfigurableApplicationContext first = start()) {
            for (List<ObjectNode> history : histories) {
                List<ObjectNode> head = history.subList(0, history.size() - TAIL);
                assertThat(run(first, head, "-s").toString().replace("-s\"", "-f\""))
                        .isEqualTo(run(first, head, "-f").toString());
            }
            long deadline = System.nanoTime() + 30_000_000_000L;
            while (snapshots("%") < 2L * histories.size() && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertThat(snapshots("%")).as("one snapshot per pool").isEqualTo(2L * histories.size());
            assertThat(meters(first).get("ledger.pool.snapshots").counter().count()).isPositive();
        }
        update("DELETE FROM SnapshotEventEntry WHERE aggregateIdentifier LIKE '%-f'");
    }

    private long snapshots(String pools) throws SQLException {
        try (Connection store = DriverManager.getConnection(url(), "sa", "");
             var count = store.prepareStatement("SELECT COUNT(*) FROM SnapshotEventEntry WHERE aggregateIdentifier LIKE ?")) {
            count.setString(1, pools);
            try (var rows = count.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private void update(String sql) throws SQLException {
        try (Connection store = DriverManager.getConnection(url(), "sa", "")) {
            store.createStatement().executeUpdate(sql);
        }
    }

    private static MeterRegistry meters(ConfigurableApplicationContext ledger) {
        return ledger.getBean(MeterRegistry.class);
    }

    /** Sends every tail to both pools of its history; both must answer and store alike. */
    private void tailsAnswerAlike(ConfigurableApplicationContext ledger) throws SQLException {
        for (List<ObjectNode> history : histories) {
            String pool = history.get(0).get("pool").asText();
            List<ObjectNode> tail = history.subList(history.size() - TAIL, history.size());
            long before = events(pool + "-s").size();
            assertThat(run(ledger, tail, "-s").toString().replace("-s\"", "-f\""))
                    .isEqualTo(run(ledger, tail, "-f").toString());
            List<String> fromSnapshot = events(pool + "-s");
            assertThat(fromSnapshot.size()).as("events the tail stored in " + pool).isGreaterThan((int) before);
            assertThat(String.join("\n", fromSnapshot).replace("\"" + pool + "-s\"", "\"" + pool + "-f\""))
                    .isEqualTo(String.join("\n", events(pool + "-f")));
        }
    }

    /** The payloads the pool stored, in order: what its aggregate decided. */
    private List<String> events(String pool) throws SQLException {
        List<String> payloads = new ArrayList<>();
        try (Connection store = DriverManager.getConnection(url(), "sa", "");
             var read = store.prepareStatement("SELECT payload FROM DomainEventEntry WHERE aggregateIdentifier = ? "
                     + "ORDER BY sequenceNumber")) {
            read.setString(1, pool);
            try (var rows = read.executeQuery()) {
                while (rows.next()) {
                    payloads.add(rows.getString(1));
                }
            }
        }
        return payloads;
    }

    @Test
    void aPoolLoadedFromItsSnapshotDecidesAsAPoolFoldedFromItsFirstEvent() throws Exception {
        storeHeadsAndSnapshot();

        try (ConfigurableApplicationContext second = start()) {
            tailsAnswerAlike(second);
            assertThat(meters(second).get("ledger.pool.loads").counter().count()).isEqualTo(2.0 * histories.size());
            assertThat(meters(second).get("ledger.pool.snapshot.loads").counter().count())
                    .as("the -s pools").isEqualTo(histories.size());
        }
    }

    @Test
    void aSnapshotOfAnotherBuildOrOfAnotherLastEventIsSetAside() throws Exception {
        storeHeadsAndSnapshot();
        update("UPDATE SnapshotEventEntry SET metaData = REGEXP_REPLACE(metaData, '\"build\":\"[0-9a-f]+\"', "
                + "'\"build\":\"another\"') WHERE aggregateIdentifier IN ('kash-s', 'ksp-s')");
        update("UPDATE SnapshotEventEntry SET metaData = REGEXP_REPLACE(metaData, '\"hash\":\"[0-9a-f]+\"', "
                + "'\"hash\":\"" + "0".repeat(64) + "\"') WHERE aggregateIdentifier NOT IN ('kash-s', 'ksp-s')");

        try (ConfigurableApplicationContext second = start()) {
            tailsAnswerAlike(second);
            assertThat(meters(second).get("ledger.pool.snapshot.loads").counter().count()).isZero();
            // each load asks, and so does each new snapshot, which starts from the last one the store may hand out
            assertThat(meters(second).get("ledger.pool.snapshots.set.aside").counter().count())
                    .isGreaterThanOrEqualTo(histories.size());
        }
    }
}
