package io.stakingledger.app.cli;

import io.stakingledger.app.support.LedgerProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * verify, replay and export on an H2 file store that a running server holds: one line saying so, exit 69
 * (store unavailable), which is neither "history broken" (1) nor a usage error, and no stack trace.
 */
class StoreLockedTest {

    @Test
    void aToolOnAStoreTheServerHoldsSaysSoInOneLineWithItsOwnExitCode(@TempDir Path dir) throws Exception {
        String url = "--spring.datasource.url=jdbc:h2:file:" + dir.resolve("ledger") + ";DB_CLOSE_ON_EXIT=FALSE";
        try (LedgerProcess server = LedgerProcess.start(dir, url, "--ledger.data-dir=" + dir)) {
            for (List<String> tool : List.of(
                    List.of("--spring.profiles.active=cli", "--ledger.cli=verify"),
                    List.of("--spring.profiles.active=cli", "--ledger.cli=replay"),
                    List.of("--spring.profiles.active=export", "--ledger.export.file=" + dir.resolve("out.ndjson"),
                            "--ledger.export.after=0"))) {
                String[] arguments = concat(tool, url);
                LedgerProcess.ExitedLedger run = LedgerProcess.run(dir, arguments);
                assertThat(run.exitCode()).as(tool + "\n" + run.output()).isEqualTo(ExitCode.STORE_UNAVAILABLE.code());
                assertThat(run.output().strip()).as(tool.toString()).isEqualTo("ledger: the store is in use by another "
                        + "process (a running server?): stop it first, or use the REST API");
            }
        }
    }

    private static String[] concat(List<String> first, String... rest) {
        String[] all = first.toArray(new String[first.size() + rest.length]);
        System.arraycopy(rest, 0, all, first.size(), rest.length);
        return all;
    }
}
