package io.stakingledger.app.durability;

import io.stakingledger.app.LedgerApplication;
import io.stakingledger.app.batch.BatchRunner;
import io.stakingledger.app.store.StoreBehindCheckpoint;
import io.stakingledger.app.store.StoreCheckpoint;
import io.stakingledger.app.support.Batch;
import io.stakingledger.app.support.LedgerProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The ledger refuses a store that holds less than its checkpoint recorded (rows lost, a file emptied by a
 * filesystem error), and {@code scripts/ledger verify} says so; a store that is not there is not created.
 */
class StoreCheckpointTest {

    private static final String HISTORY = """
            {"type":"CreatePool","pool":"kept","program":"points-boost","at":"2026-01-01T00:00:00Z"}
            {"type":"Stake","pool":"kept","account":"alice","amount":"10","at":"2026-01-02T00:00:00Z"}
            {"type":"Stake","pool":"kept","account":"bob","amount":"20","at":"2026-01-03T00:00:00Z"}
            """;

    private static String url(Path dir) {
        return "jdbc:h2:file:" + dir.resolve("ledger") + ";DB_CLOSE_ON_EXIT=FALSE";
    }

    private static ConfigurableApplicationContext start(Path dir) {
        return new SpringApplicationBuilder(LedgerApplication.class)
                .run("--spring.datasource.url=" + url(dir), "--server.port=0", "--server.address=127.0.0.1",
                        "--logging.level.root=WARN");
    }

    private static void storeHistory(Path dir) {
        try (ConfigurableApplicationContext ledger = start(dir)) {
            new Batch(ledger.getBean(BatchRunner.class)).runExactly(HISTORY);
            ledger.getBean(io.stakingledger.app.api.ViewSync.class).awaitCurrent();
        }
    }

    @Test
    void theCheckpointRecordsEachPoolsLastEvent(@TempDir Path dir) {
        storeHistory(dir);
        try (ConfigurableApplicationContext ledger = start(dir)) {
            StoreCheckpoint.Content content = ledger.getBean(StoreCheckpoint.class).read().orElseThrow();
            assertThat(ledger.getBean(StoreCheckpoint.class).file()).contains(dir.resolve("ledger.checkpoint"));
            assertThat(content.pools().get("kept").sequence()).isEqualTo(2);
            assertThat(content.pools().get("kept").hash()).hasSize(64);
        }
    }

    @Test
    void aStoreThatLostItsLastEventIsRefusedAtStart(@TempDir Path dir) throws Exception {
        storeHistory(dir);
        try (Connection store = DriverManager.getConnection(url(dir), "sa", "")) {
            store.createStatement().executeUpdate("DELETE FROM DomainEventEntry WHERE sequenceNumber = 2");
        }
        assertThatThrownBy(() -> start(dir).close())
                .hasRootCauseInstanceOf(StoreBehindCheckpoint.class)
                .rootCause().hasMessageContaining("pool kept has no event 2");
    }

    @Test
    void anEmptiedStoreFileIsRefusedAtStart(@TempDir Path dir) throws Exception {
        storeHistory(dir);
        Files.write(dir.resolve("ledger.mv.db"), new byte[0]);
        assertThatThrownBy(() -> start(dir).close()).hasRootCauseInstanceOf(StoreBehindCheckpoint.class);
    }

    @Test
    void verifyReportsAStoreBehindItsCheckpointAndAMissingStore(@TempDir Path dir) throws Exception {
        storeHistory(dir);
        try (Connection store = DriverManager.getConnection(url(dir), "sa", "")) {
            store.createStatement().executeUpdate("DELETE FROM DomainEventEntry WHERE sequenceNumber = 2");
        }
        LedgerProcess.ExitedLedger verify = LedgerProcess.run(dir, "--spring.profiles.active=cli",
                "--ledger.cli=verify", "--spring.datasource.url=" + url(dir));
        assertThat(verify.exitCode()).isEqualTo(1);
        assertThat(verify.output()).contains("BEHIND CHECKPOINT: pool kept has no event 2");

        LedgerProcess.ExitedLedger unknownPool = LedgerProcess.run(dir, "--spring.profiles.active=cli",
                "--ledger.cli=verify", "--ledger.cli.pool=nosuch", "--spring.datasource.url=" + url(dir));
        assertThat(unknownPool.exitCode()).isEqualTo(66);
        assertThat(unknownPool.output()).contains("ledger: pool nosuch does not exist").doesNotContain("\tat ");

        Path nowhere = dir.resolve("nowhere");
        Files.createDirectories(nowhere);
        LedgerProcess.ExitedLedger missing = LedgerProcess.run(nowhere, "--spring.profiles.active=cli",
                "--ledger.cli=verify", "--spring.datasource.url=" + url(nowhere));
        assertThat(missing.exitCode()).isEqualTo(66);
        assertThat(missing.output()).contains("ledger: there is no store there").doesNotContain("\tat ");
        assertThat(nowhere.resolve("ledger.mv.db")).doesNotExist();
    }
}
