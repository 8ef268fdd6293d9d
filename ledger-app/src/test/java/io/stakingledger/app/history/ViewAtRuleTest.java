package io.stakingledger.app.history;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stakingledger.app.api.ProgramApi;
import io.stakingledger.app.batch.BatchRunner;
import io.stakingledger.app.support.Batch;
import io.stakingledger.app.support.LedgerAppTest;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One rule for a view's {@code at} in every program (docs/domain/README.md, "Business time"): each view of
 * each program, asked at an instant before the pool's last event, is refused with the same invalid-input
 * message pointing to {@code asOf}, over the batch and over REST (400); asked with that {@code asOf} it answers.
 * The pools are the repository's examples, replayed up to their last command.
 */
@LedgerAppTest
class ViewAtRuleTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path EXAMPLES = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().normalize()
            .resolveSibling("examples");

    @Autowired
    BatchRunner runner;
    @Autowired
    TestRestTemplate http;
    @Autowired
    List<ProgramApi> programs;

    @TestFactory
    Stream<DynamicTest> everyViewOfEveryProgramRefusesAnAtBeforeThePoolsLastEvent() {
        return programs.stream().map(program -> DynamicTest.dynamicTest(program.program(), () -> {
            String pool = Batch.uniquePool("at-rule");
            List<String> commands = commandsOfExample(program.program());
            List<JsonNode> stored = new Batch(runner).run(pool, String.join("\n", commands) + "\n");
            // A stored command answers nothing in a batch; a refused one answers its line.
            Set<Integer> refused = stored.stream().map(answer -> answer.get("line").asInt())
                    .collect(Collectors.toSet());
            Instant last = IntStream.range(0, commands.size()).filter(i -> !refused.contains(i + 1))
                    .mapToObj(i -> atOf(commands.get(i))).max(Instant::compareTo).orElseThrow();
            Instant earlier = last.minusSeconds(1);
            String expected = "at " + earlier + " is earlier than the pool's last event at " + last
                    + "; a view is evaluated at the pool's last event or later. To see the pool as it stood then,"
                    + " ask with asOf=" + earlier;

            String queries = program.views().stream().sorted()
                    .map(view -> "{\"query\":\"" + view + "\",\"pool\":\"$pool\",\"account\":\"alice\",\"at\":\"" + earlier + "\"}")
                    .collect(Collectors.joining("\n", "", "\n"));
            List<JsonNode> answers = new Batch(runner).run(pool, queries);
            assertThat(answers).hasSize(program.views().size())
                    .allSatisfy(answer -> assertThat(answer.path("rejected").asText()).isEqualTo(expected));

            ResponseEntity<JsonNode> rest = http.getForEntity("/api/pools/" + pool + "?at=" + earlier, JsonNode.class);
            assertThat(rest.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(rest.getBody().get("type").asText()).endsWith("invalid-input");
            assertThat(rest.getBody().get("detail").asText()).isEqualTo(expected);

            ResponseEntity<JsonNode> past = http.getForEntity("/api/pools/" + pool + "?asOf=" + earlier, JsonNode.class);
            assertThat(past.getStatusCode()).isEqualTo(HttpStatus.OK);
            ResponseEntity<JsonNode> atLast = http.getForEntity("/api/pools/" + pool + "?at=" + last, JsonNode.class);
            assertThat(atLast.getStatusCode()).isEqualTo(HttpStatus.OK);
        }));
    }

    /** The example's commands with its pool id replaced by the placeholder. */
    private static List<String> commandsOfExample(String program) throws IOException {
        List<String> lines = Files.readAllLines(EXAMPLES.resolve(program + ".ndjson"));
        String id = JSON.readTree(lines.get(0)).get("pool").asText();
        return lines.stream().filter(line -> line.contains("\"type\""))
                .map(line -> line.replace("\"pool\":\"" + id + "\"", "\"pool\":\"$pool\"")).toList();
    }

    private static Instant atOf(String line) {
        try {
            return Instant.parse(JSON.readTree(line).get("at").asText());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
