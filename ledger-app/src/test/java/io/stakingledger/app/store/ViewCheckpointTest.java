package io.stakingledger.app.store;

import com.fasterxml.jackson.databind.JsonNode;
import io.stakingledger.app.LedgerApplication;
import io.stakingledger.app.api.ViewFeeder;
import io.stakingledger.app.batch.BatchRunner;
import io.stakingledger.app.store.StoreCheckpoint.Head;
import io.stakingledger.app.support.Batch;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A restart starts the views from the view checkpoint and folds only what was stored since; every view
 * answers exactly as before. A damaged checkpoint, one written by another build, or one that does not
 * match the store is set aside, and the views are rebuilt from the first event with the same answers.
 */
class ViewCheckpointTest {

    private static final Path EXAMPLES = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().normalize()
            .resolveSibling("examples");

    @TempDir
    Path dir;
    String commands;
    String queries;

    @BeforeEach
    void readExamples() throws IOException {
        List<String> lines;
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            lines = files.filter(file -> file.toString().endsWith(".ndjson")).sorted()
                    .flatMap(file -> {
                        try {
                            return Files.readAllLines(file).stream();
                        } catch (IOException e) {
                            throw new IllegalStateException(e);
                        }
                    }).toList();
        }
        commands = lines.stream().filter(line -> line.contains("\"type\"")).collect(Collectors.joining("\n", "", "\n"));
        queries = lines.stream().filter(line -> line.contains("\"query\"")).collect(Collectors.joining("\n", "", "\n"));
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(LedgerApplication.class)
                .run("--spring.datasource.url=jdbc:h2:file:" + dir.resolve("ledger") + ";DB_CLOSE_ON_EXIT=FALSE",
                        "--server.port=0", "--logging.level.root=WARN");
    }

    private static List<JsonNode> ask(ConfigurableApplicationContext ledger, String lines) {
        return new Batch(ledger.getBean(BatchRunner.class)).runExactly(lines);
    }

    private static ViewFeeder.StartReport report(ConfigurableApplicationContext ledger) {
        return ledger.getBean(ViewFeeder.class).startReport();
    }

    /** Stores the examples, asks every query, stops (which writes the checkpoint); returns the answers. */
    private List<JsonNode> storeExamples() {
        try (ConfigurableApplicationContext first = start()) {
            ask(first, commands);
            return ask(first, queries);
        }
    }

    private Path checkpointFile() {
        return dir.resolve("ledger.checkpoint.views");
    }

    @Test
    void aRestartStartsFromTheCheckpointFoldsOnlyLaterEventsAndAnswersAsBefore() throws IOException {
        List<JsonNode> before = storeExamples();
        assertThat(checkpointFile()).exists();

        String later = "{\"type\":\"SetPrice\",\"pool\":\"ksp\",\"price\":\"5.5\",\"at\":\"2024-02-01T00:00:00Z\"}\n";
        try (ConfigurableApplicationContext second = start()) {
            assertThat(report(second).fromCheckpoint()).isTrue();
            assertThat(report(second).eventsFolded()).isZero();
            assertThat(ask(second, queries)).isEqualTo(before);
            assertThat(ask(second, later)).isEmpty();
            second.getBean(ViewFeeder.class).refresh();
        }
        List<JsonNode> afterLater;
        try (ConfigurableApplicationContext third = start()) {
            assertThat(report(third).fromCheckpoint()).isTrue();
            afterLater = ask(third, queries);
        }
        Files.delete(checkpointFile());
        try (ConfigurableApplicationContext fromScratch = start()) {
            assertThat(report(fromScratch).fromCheckpoint()).isFalse();
            assertThat(report(fromScratch).eventsFolded()).isPositive();
            assertThat(ask(fromScratch, queries)).as("the same answers as a full replay").isEqualTo(afterLater);
        }
    }

    @Test
    void aDamagedCheckpointIsSetAsideAndTheViewsAreRebuiltFromTheFirstEvent() throws IOException {
        List<JsonNode> before = storeExamples();
        byte[] bytes = Files.readAllBytes(checkpointFile());
        bytes[bytes.length / 2] ^= 0x01;
        Files.write(checkpointFile(), bytes);
        try (ConfigurableApplicationContext second = start()) {
            assertThat(report(second).fromCheckpoint()).isFalse();
            assertThat(ask(second, queries)).isEqualTo(before);
        }
    }

    @Test
    void aCheckpointOfAnotherBuildOrOfAnotherHistoryIsSetAside() throws Exception {
        List<JsonNode> before = storeExamples();
        ViewCheckpoint.Snapshot written = ViewCheckpoint.decode(Files.readAllBytes(checkpointFile()));
        ViewCheckpoint codec = new ViewCheckpoint(null, false);

        Files.write(checkpointFile(), codec.encode(new ViewCheckpoint.Snapshot(written.format(), "another build",
                written.tokenIndex(), written.tokenGaps(), written.heads(), written.views())));
        try (ConfigurableApplicationContext second = start()) {
            assertThat(report(second).fromCheckpoint()).isFalse();
            assertThat(ask(second, queries)).isEqualTo(before);
        }

        Map<String, Head> otherHistory = new HashMap<>(written.heads());
        otherHistory.computeIfPresent("ksp", (pool, head) -> new Head(head.sequence(), "0".repeat(64)));
        assertThat(otherHistory).isNotEqualTo(written.heads());
        Files.write(checkpointFile(), codec.encode(new ViewCheckpoint.Snapshot(written.format(), written.build(),
                written.tokenIndex(), written.tokenGaps(), otherHistory, written.views())));
        try (ConfigurableApplicationContext third = start()) {
            assertThat(report(third).fromCheckpoint()).isFalse();
            assertThat(ask(third, queries)).isEqualTo(before);
        }
    }
}
