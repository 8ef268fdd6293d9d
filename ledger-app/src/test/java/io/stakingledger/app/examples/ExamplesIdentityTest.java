package io.stakingledger.app.examples;

import io.stakingledger.app.LedgerApplication;
import io.stakingledger.app.batch.BatchRunner;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Every figure stays unchanged: each {@code examples/*.ndjson} of the repository is run through the batch
 * runner exactly as {@code scripts/ledger run FILE} runs it — the application with the {@code batch}
 * profile on a fresh in-memory store of its own — and its complete output must equal, line for line and
 * character for character, the golden file {@code src/test/resources/examples/<name>.out.ndjson}.
 * A difference fails with the first differing line of both sides.
 *
 * <p>No field is normalised: the examples give every command its {@code at}, views without {@code at}
 * are evaluated at the pool's last event (not at the server's clock), the batch records the fixed actor
 * {@code batch}, and no query of the examples answers a hash or a wall-clock time. Should an example ever
 * need such a value, make the example deterministic (give the time explicitly) rather than loosen this test.
 *
 * <p>To regenerate the golden files on purpose (a deliberate change of a figure or of a view's shape,
 * to be reviewed in the diff of the commit):
 * <pre>
 * mvn -B -o -q -pl ledger-app -am test -Dtest=ExamplesIdentityTest -Dsurefire.failIfNoSpecifiedTests=false -Dledger.examples.update=true
 * </pre>
 * The run then writes the golden files instead of comparing, and fails so that an update is never
 * mistaken for a pass. A new example file needs its golden file made the same way.
 */
class ExamplesIdentityTest {

    /** Set to {@code true} to write the golden files from the current outputs instead of comparing. */
    static final String UPDATE = "ledger.examples.update";

    private static final Path MODULE = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().normalize();
    private static final Path EXAMPLES = MODULE.resolveSibling("examples");
    private static final Path GOLDEN = MODULE.resolve("src/test/resources/examples");

    @TestFactory
    Stream<DynamicTest> everyExampleAnswersExactlyItsGoldenOutput() throws IOException {
        List<Path> examples;
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            examples = files.filter(file -> file.getFileName().toString().endsWith(".ndjson")).sorted().toList();
        }
        assertThat(examples).as("examples in %s", EXAMPLES).isNotEmpty();
        boolean update = Boolean.getBoolean(UPDATE);
        return examples.stream().map(example -> DynamicTest.dynamicTest(example.getFileName().toString(), () -> {
            List<String> actual = run(example);
            Path golden = GOLDEN.resolve(example.getFileName().toString().replace(".ndjson", ".out.ndjson"));
            if (update) {
                Files.createDirectories(GOLDEN);
                Files.writeString(golden, String.join("\n", actual) + "\n", StandardCharsets.UTF_8);
                fail("wrote " + MODULE.relativize(golden) + " (" + actual.size() + " lines) because -D" + UPDATE
                        + "=true; run again without it to compare");
            }
            if (!Files.exists(golden)) {
                fail("no golden output " + MODULE.relativize(golden) + " for " + example.getFileName()
                        + "; make it with -D" + UPDATE + "=true and check it by eye");
            }
            List<String> expected = Files.readAllLines(golden, StandardCharsets.UTF_8);
            String difference = firstDifference(expected, actual);
            if (difference != null) {
                fail(example.getFileName() + " no longer answers as " + MODULE.relativize(golden) + " says:\n"
                        + difference);
            }
        }));
    }

    @org.junit.jupiter.api.Test
    void aDifferenceNamesTheFirstDifferingLineWithBothSides() {
        assertThat(firstDifference(List.of("{\"a\":\"1\"}", "x"), List.of("{\"a\":\"1\"}", "x"))).isNull();
        assertThat(firstDifference(List.of("same", "{\"price\":\"1.05\"}", "tail"), List.of("same", "{\"price\":\"1.06\"}", "tail")))
                .isEqualTo("""
                        output line 2 differs from character 14:
                          expected: {"price":"1.05"}
                          actual:   {"price":"1.06"}
                                                 ^
                        (1 differing lines in all; expected 3 lines, got 3)""");
        assertThat(firstDifference(List.of("a", "b"), List.of("a")))
                .startsWith("output line 2 differs from character 1:\n  expected: b\n  actual:   <no line>")
                .endsWith("(expected 2 lines, got 1)");
    }

    /** The whole application as {@code scripts/ledger run} starts it, on a store no other run shares. */
    private static List<String> run(Path example) throws IOException {
        String text = Files.readString(example, StandardCharsets.UTF_8);
        try (ConfigurableApplicationContext ledger = new SpringApplicationBuilder(LedgerApplication.class)
                .profiles("batch")
                .run("--spring.datasource.url=jdbc:h2:mem:examples-" + UUID.randomUUID())) {
            return ledger.getBean(BatchRunner.class).run(text);
        }
    }

    /** Null when equal; otherwise the first differing line of both sides, numbered from 1. */
    static String firstDifference(List<String> expected, List<String> actual) {
        int common = Math.min(expected.size(), actual.size());
        for (int i = 0; i < common; i++) {
            if (!expected.get(i).equals(actual.get(i))) {
                return describe(i, expected.get(i), actual.get(i)) + "\n(" + differingLines(expected, actual)
                        + " differing lines in all; expected " + expected.size() + " lines, got " + actual.size() + ")";
            }
        }
        if (expected.size() == actual.size()) {
            return null;
        }
        return describe(common, common < expected.size() ? expected.get(common) : "<no line>",
                common < actual.size() ? actual.get(common) : "<no line>")
                + "\n(expected " + expected.size() + " lines, got " + actual.size() + ")";
    }

    private static String describe(int index, String expected, String actual) {
        int column = 0;
        while (column < expected.length() && column < actual.length() && expected.charAt(column) == actual.charAt(column)) {
            column++;
        }
        return "output line " + (index + 1) + " differs from character " + (column + 1) + ":\n"
                + "  expected: " + expected + "\n"
                + "  actual:   " + actual + "\n"
                + "            " + " ".repeat(column) + "^";
    }

    private static int differingLines(List<String> expected, List<String> actual) {
        List<Integer> lines = new ArrayList<>();
        for (int i = 0; i < Math.max(expected.size(), actual.size()); i++) {
            String left = i < expected.size() ? expected.get(i) : null;
            String right = i < actual.size() ? actual.get(i) : null;
            if (left == null || !left.equals(right)) {
                lines.add(i);
            }
        }
        return lines.size();
    }
}
