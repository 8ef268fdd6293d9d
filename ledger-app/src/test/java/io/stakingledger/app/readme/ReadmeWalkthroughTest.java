package io.stakingledger.app.readme;

import io.stakingledger.app.support.LedgerAppTest;
import io.stakingledger.app.support.TestKeys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's walk-through, run exactly as written: every fenced block whose info string is
 * {@code bash walkthrough}, in order, by bash against a started server, and each answer compared with the
 * {@code # →} lines under its command. The blocks say {@code localhost:8080} and read the admin key from
 * {@code data/admin.key}; the test runs them in a folder whose {@code data/admin.key} holds its server's admin
 * key, with a {@code curl} function that sends {@code localhost:8080} to the test's random port. An expected
 * answer matches when its parts between {@code ...} (or {@code …}) appear in the real answer in order.
 */
@LedgerAppTest
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:readme-walkthrough;DB_CLOSE_DELAY=-1")
class ReadmeWalkthroughTest {

    private static final Path README = Path.of("..", "README.md");
    private static final Pattern BLOCK = Pattern.compile("(?ms)^```bash walkthrough\\n(.*?)^```$");
    private static final String MARK = "@@walkthrough-step ";

    @LocalServerPort
    int port;

    @Autowired
    TestKeys keys;

    /** One command of a block (with its continuation lines) and the answer written under it, if any. */
    record Step(String command, String expected) {
    }

    @Test
    void theWalkThroughRunsAsWrittenAndAnswersAsShown(@TempDir Path folder) throws Exception {
        List<Step> steps = new ArrayList<>();
        Matcher blocks = BLOCK.matcher(Files.readString(README));
        while (blocks.find()) {
            steps.addAll(steps(blocks.group(1)));
        }
        assertThat(steps).as("walk-through commands in README.md").hasSizeGreaterThan(10);
        assertThat(steps.stream().map(Step::command)).as("the walk-through closes an epoch before asOfEpoch")
                .anyMatch(c -> c.contains("CloseEpoch"));

        Files.createDirectories(folder.resolve("data"));
        Files.writeString(folder.resolve("data/admin.key"), keys.admin());
        StringBuilder script = new StringBuilder("set -u\n")
                .append("curl() { command curl --max-time 30 \"${@//localhost:8080/127.0.0.1:").append(port)
                .append("}\"; }\n");
        for (int i = 0; i < steps.size(); i++) {
            script.append("echo '").append(MARK).append(i).append("'\n").append(steps.get(i).command()).append("\necho\n");
        }
        List<String> outputs = run(folder, script.toString(), steps.size());

        List<String> mismatches = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            String actual = outputs.get(i).replace("\n", "");
            if (step.expected() != null && !matches(step.expected(), actual)) {
                mismatches.add(step.command() + "\n  expected: " + step.expected() + "\n  got:      " + actual);
            }
            if (step.command().startsWith("curl") && step.expected() == null && !step.command().contains("format=csv")) {
                assertThat(actual).as(step.command()).doesNotContain("\"status\":4").doesNotContain("\"status\":5");
            }
        }
        assertThat(mismatches).isEmpty();
    }

    /** Splits a block into commands (a line and its {@code \} continuations) and their {@code # →} answers. */
    static List<Step> steps(String block) {
        List<Step> steps = new ArrayList<>();
        StringBuilder command = null;
        StringBuilder expected = null;
        boolean continued = false;
        for (String line : block.split("\n")) {
            if (continued) {
                command.append('\n').append(line);
                continued = line.endsWith("\\");
            } else if (line.startsWith("# →")) {
                expected = new StringBuilder(line.substring(3).trim());
            } else if (line.startsWith("#  ") && expected != null) {
                String part = line.substring(1).trim();
                char last = expected.charAt(expected.length() - 1);
                expected.append(last == ',' || last == '{' || last == '[' || last == '}' ? "" : " ").append(part);
            } else if (line.isBlank() || line.startsWith("#")) {
                expected = flush(steps, command, expected);
                command = null;
            } else {
                expected = flush(steps, command, expected);
                command = new StringBuilder(line.replaceAll("\\s+# .*$", ""));
                continued = line.endsWith("\\");
            }
        }
        flush(steps, command, expected);
        return steps;
    }

    private static StringBuilder flush(List<Step> steps, StringBuilder command, StringBuilder expected) {
        if (command != null) {
            steps.add(new Step(command.toString(), expected == null ? null : expected.toString()));
        } else if (expected != null && !steps.isEmpty() && steps.get(steps.size() - 1).expected() == null) {
            Step last = steps.remove(steps.size() - 1);
            steps.add(new Step(last.command(), expected.toString()));
        }
        return null;
    }

    /** Whether {@code actual} holds the parts of {@code expected} between its ellipses, in order. */
    static boolean matches(String expected, String actual) {
        int from = 0;
        for (String part : expected.split("\\.\\.\\.|…")) {
            if (part.isEmpty()) {
                continue;
            }
            int at = actual.indexOf(part, from);
            if (at < 0) {
                return false;
            }
            from = at + part.length();
        }
        return true;
    }

    private static List<String> run(Path folder, String script, int count) throws IOException, InterruptedException {
        Path file = folder.resolve("walkthrough.sh");
        Files.writeString(file, script);
        Process bash = new ProcessBuilder("bash", file.toString()).directory(folder.toFile())
                .redirectErrorStream(true).start();
        byte[] out = bash.getInputStream().readAllBytes();
        assertThat(bash.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String text = new String(out, StandardCharsets.UTF_8);
        assertThat(bash.exitValue()).as(text).isZero();
        List<String> outputs = new ArrayList<>();
        String[] parts = text.split(Pattern.quote(MARK) + "[0-9]+\n", -1);
        for (int i = 1; i < parts.length; i++) {
            outputs.add(parts[i]);
        }
        assertThat(outputs).as(text).hasSize(count);
        return outputs;
    }
}
