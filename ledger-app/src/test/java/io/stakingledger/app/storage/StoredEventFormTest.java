package io.stakingledger.app.storage;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.stakingledger.app.LedgerApplication;
import io.stakingledger.app.batch.BatchRunner;
import io.stakingledger.app.config.JsonConfiguration;
import io.stakingledger.core.Programs;
import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The stored form of every event is pinned. For each event class of each program, at its current
 * {@link Revision}, {@code src/test/resources/stored-events/<program>/<Event>.r<revision>.json} holds one payload
 * exactly as the store keeps it; reading it back into the class and writing it again must give the same
 * text, character for character. A renamed or retyped field, a changed scale, or a parameter record edited
 * under a creation event fails here instead of silently changing what new events store beside old ones.
 * Changing a stored form on purpose means raising the event's {@code @Revision} (with an upcaster for the
 * stored older revision) and adding the new golden file; the old one stays as the record of what the store
 * may hold.
 *
 * <p>To write golden files for classes that have none, from the events the repository's examples store:
 * <pre>
 * mvn -B -o -q -pl ledger-app -am test -Dtest=StoredEventFormTest -Dsurefire.failIfNoSpecifiedTests=false -Dledger.storedforms.update=true
 * </pre>
 * Existing golden files are never overwritten by that run.
 */
class StoredEventFormTest {

    static final String UPDATE = "ledger.storedforms.update";

    private static final Path MODULE = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().normalize();
    private static final Path EXAMPLES = MODULE.resolveSibling("examples");
    private static final Path GOLDEN = MODULE.resolve("src/test/resources/stored-events");
    private static final ObjectMapper EVENTS = JsonConfiguration.eventMapper();

    @TestFactory
    Stream<DynamicTest> everyEventReadsAndWritesItsPinnedStoredFormUnchanged() {
        return Programs.ALL.stream().flatMap(program -> program.events().stream()).map(type ->
                DynamicTest.dynamicTest(type.getSimpleName(), () -> {
                    Path golden = goldenOf(type);
                    if (!Files.exists(golden)) {
                        fail("no pinned stored form " + MODULE.relativize(golden) + " for " + type.getName()
                                + "; make it with -D" + UPDATE + "=true (from the examples) or by hand, and check it by eye");
                    }
                    String stored = Files.readString(golden, StandardCharsets.UTF_8).strip();
                    Object event = EVENTS.readValue(stored, type);
                    assertThat(EVENTS.writeValueAsString(event))
                            .as("%s written again after reading its pinned stored form", type.getSimpleName())
                            .isEqualTo(stored);
                }));
    }

    @Test
    void everyPinnedFormBelongsToAnEventOfAProgram() throws IOException {
        List<String> known = Programs.ALL.stream().flatMap(program -> program.events().stream()
                .map(type -> program.program() + "/" + type.getSimpleName() + ".r")).toList();
        try (Stream<Path> files = Files.walk(GOLDEN)) {
            assertThat(files.filter(Files::isRegularFile).map(file -> GOLDEN.relativize(file).toString()))
                    .isNotEmpty()
                    .allSatisfy(name -> assertThat(known).anySatisfy(prefix -> assertThat(name).startsWith(prefix)));
        }
    }

    /** Writes a golden file for each event class the examples store and that has none yet. */
    @Test
    void writeMissingFormsFromTheExamplesWhenAsked() throws IOException {
        if (!Boolean.getBoolean(UPDATE)) {
            return;
        }
        Map<String, String> firstPayloadByType = new TreeMap<>();
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            for (Path example : files.filter(f -> f.toString().endsWith(".ndjson")).sorted().toList()) {
                firstPayloadByType.putAll(storedPayloads(example));
            }
        }
        List<String> written = new ArrayList<>();
        for (Class<?> type : Programs.ALL.stream().flatMap(program -> program.events().stream()).toList()) {
            Path golden = goldenOf(type);
            String payload = firstPayloadByType.get(type.getName());
            if (payload != null && !Files.exists(golden)) {
                Files.createDirectories(golden.getParent());
                Files.writeString(golden, payload + "\n", StandardCharsets.UTF_8);
                written.add(GOLDEN.relativize(golden).toString());
            }
        }
        fail("wrote " + written + " because -D" + UPDATE + "=true; run again without it to compare");
    }

    private static Path goldenOf(Class<?> type) {
        Revision revision = type.getAnnotation(Revision.class);
        String program = Programs.ALL.stream().filter(definition -> definition.events().contains(type)).findFirst()
                .orElseThrow().program();
        return GOLDEN.resolve(program).resolve(type.getSimpleName() + ".r" + (revision == null ? "none" : revision.value()) + ".json");
    }

    /** The first stored payload of each event type after running {@code example} on a fresh store. */
    private static Map<String, String> storedPayloads(Path example) throws IOException {
        String text = Files.readString(example, StandardCharsets.UTF_8);
        try (ConfigurableApplicationContext ledger = new SpringApplicationBuilder(LedgerApplication.class)
                .profiles("batch")
                .run("--spring.datasource.url=jdbc:h2:mem:stored-forms-" + UUID.randomUUID())) {
            ledger.getBean(BatchRunner.class).run(text);
            Map<String, String> payloads = new TreeMap<>();
            ledger.getBean(JdbcTemplate.class).query(
                    "SELECT payloadType, payload FROM DomainEventEntry ORDER BY globalIndex",
                    row -> {
                        payloads.putIfAbsent(row.getString(1), row.getString(2));
                    });
            return payloads;
        }
    }
}
