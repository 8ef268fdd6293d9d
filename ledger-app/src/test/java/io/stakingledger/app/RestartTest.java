package io.stakingledger.app;

import com.fasterxml.jackson.databind.JsonNode;
import io.stakingledger.app.batch.BatchRunner;
import io.stakingledger.app.support.Batch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The default H2 file store keeps everything across a restart, and the views come back from it alone. */
class RestartTest {

    private static ConfigurableApplicationContext start(Path dir) {
        // Command-line arguments outrank application.properties (builder properties would not).
        return new SpringApplicationBuilder(LedgerApplication.class)
                .run("--spring.datasource.url=jdbc:h2:file:" + dir.resolve("ledger") + ";DB_CLOSE_ON_EXIT=FALSE",
                        "--server.port=0", "--logging.level.root=WARN");
    }

    @Test
    void viewsAfterARestartEqualTheViewsBeforeIt(@TempDir Path dir) {
        String lines = """
                {"type":"CreatePool","pool":"durable","program":"early-staking","params":{"start":"2026-01-05T00:00:00Z"},"at":"2026-01-01T00:00:00Z"}
                {"type":"Purchase","pool":"durable","account":"alice","amount":"250000","paidAsset":"USDC","paidAmount":"1","at":"2026-01-02T00:00:00Z"}
                {"type":"ExerciseDcr","pool":"durable","account":"alice","dcr":"1000","deposit":"5000","at":"2026-01-02T00:00:00Z"}
                {"type":"CloseEpoch","pool":"durable","at":"2026-01-12T00:00:00Z"}
                """;
        String queries = """
                {"query":"pool","pool":"durable"}
                {"query":"position","pool":"durable","account":"alice"}
                {"query":"sharePrices","pool":"durable"}
                """;
        List<JsonNode> before;
        try (ConfigurableApplicationContext first = start(dir)) {
            Batch batch = new Batch(first.getBean(BatchRunner.class));
            assertThat(batch.runExactly(lines)).isEmpty();
            before = batch.runExactly(queries);
        }
        try (ConfigurableApplicationContext second = start(dir)) {
            List<JsonNode> after = new Batch(second.getBean(BatchRunner.class)).runExactly(queries);
            assertThat(after).isEqualTo(before);
            assertThat(after.get(1).get("virtualShares").asText()).isEqualTo("1000");
        }
    }

    @Test
    void aCommandIdStaysBoundToItsCommandAcrossARestart(@TempDir Path dir) {
        String stake = """
                {"type":"Stake","pool":"bound","account":"alice","amount":"5","at":"2026-01-02T00:00:00Z","commandId":"pay-5"}
                """;
        try (ConfigurableApplicationContext first = start(dir)) {
            assertThat(new Batch(first.getBean(BatchRunner.class)).runExactly("""
                    {"type":"CreatePool","pool":"bound","program":"early-staking","params":{"start":"2026-01-05T00:00:00Z"},"at":"2026-01-01T00:00:00Z"}
                    """ + stake)).isEmpty();
        }
        try (ConfigurableApplicationContext second = start(dir)) {
            Batch batch = new Batch(second.getBean(BatchRunner.class));
            assertThat(batch.runExactly(stake)).as("an identical repeat is a duplicate, applied once").isEmpty();
            assertThat(batch.runExactly(stake.replace("\"amount\":\"5\"", "\"amount\":\"6\"")))
                    .singleElement().satisfies(line -> assertThat(line.get("rejected").asText())
                            .startsWith("commandId pay-5 was already used in pool bound for a different command"));
            assertThat(batch.runExactly("{\"query\":\"position\",\"pool\":\"bound\",\"account\":\"alice\"}")
                    .get(0).get("principalShares").asText()).isEqualTo("5");
        }
    }
}
