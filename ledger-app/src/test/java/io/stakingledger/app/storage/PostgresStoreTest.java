package io.stakingledger.app.storage;

import com.fasterxml.jackson.databind.JsonNode;
import io.stakingledger.app.LedgerApplication;
import io.stakingledger.app.audit.Auditor;
import io.stakingledger.app.audit.PoolAudit;
import io.stakingledger.app.batch.BatchRunner;
import io.stakingledger.app.security.ApiKeys;
import io.stakingledger.app.support.Batch;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The production store: the same schema, engine and code on a real PostgreSQL server (binaries from
 * Maven Central, started on a loopback port for this test only).
 */
class PostgresStoreTest {

    private static EmbeddedPostgres postgres;
    /** Where the ledger writes its bootstrap admin key (never into the working tree). */
    private static Path dataDir;

    @BeforeAll
    static void startPostgres() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
        dataDir = Files.createTempDirectory("ledger-pg-data");
    }

    @AfterAll
    static void stopPostgres() throws IOException {
        if (postgres != null) {
            postgres.close();
        }
    }

    private static ConfigurableApplicationContext startLedger() {
        return new SpringApplicationBuilder(LedgerApplication.class).run(
                "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                "--spring.datasource.username=postgres", "--spring.datasource.password=",
                "--server.port=0", "--logging.level.root=WARN", "--ledger.data-dir=" + dataDir);
    }

    @Test
    void theLedgerRunsOnPostgresAndSurvivesARestart() throws IOException {
        String lines = """
                {"type":"CreatePool","pool":"pg","program":"early-staking","params":{"start":"2026-01-05T00:00:00Z"},"at":"2026-01-01T00:00:00Z"}
                {"type":"Purchase","pool":"pg","account":"alice","amount":"100000","paidAsset":"USDC","paidAmount":"50000","at":"2026-01-02T00:00:00Z"}
                {"type":"ExerciseDcr","pool":"pg","account":"alice","dcr":"800000","deposit":"100000","at":"2026-01-02T00:00:00Z"}
                {"type":"CreatePool","pool":"pg","program":"vote-escrow","at":"2026-01-02T00:00:00Z"}
                {"type":"CloseEpoch","pool":"pg","at":"2026-01-12T00:00:00Z"}
                """;
        String queries = """
                {"query":"pool","pool":"pg"}
                {"query":"position","pool":"pg","account":"alice"}
                """;
        List<JsonNode> before;
        try (ConfigurableApplicationContext ledger = startLedger()) {
            Batch batch = new Batch(ledger.getBean(BatchRunner.class));
            List<JsonNode> rejected = batch.runExactly(lines);
            assertThat(rejected).hasSize(1);
            assertThat(rejected.get(0).get("rejected").asText()).isEqualTo("pool pg already exists");
            before = batch.runExactly(queries);
            assertThat(before.get(1).get("virtualShares").asText()).isEqualTo("800000");
        }
        try (ConfigurableApplicationContext ledger = startLedger()) {
            assertThat(new Batch(ledger.getBean(BatchRunner.class)).runExactly(queries)).isEqualTo(before);
            PoolAudit audit = ledger.getBean(Auditor.class).audit("pg");
            assertThat(audit.ok()).isTrue();
            assertThat(audit.chain().events()).isEqualTo(5);
            // V2 ran on PostgreSQL: the first start made the admin key, and it authenticates
            String key = Files.readString(dataDir.resolve("admin.key")).trim();
            assertThat(ledger.getBean(ApiKeys.class).authenticate(key)).isPresent();
        }
    }
}
