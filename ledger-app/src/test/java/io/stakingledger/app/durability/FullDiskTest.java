package io.stakingledger.app.durability;

import com.fasterxml.jackson.databind.JsonNode;
import io.stakingledger.app.LedgerApplication;
import io.stakingledger.app.support.LedgerHttp;
import io.stakingledger.app.support.LedgerHttp.Answer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A full disk, for real: the H2 store lives on a small tmpfs that the test fills. Commands then answer
 * 503 problems with Retry-After (never a 500), nothing grows beside the store, and once space is back the
 * ledger serves again by itself with nothing acknowledged lost. Mounting needs root, as CI runs; where
 * the mount is refused the test is skipped.
 */
class FullDiskTest {

    @TempDir
    Path mountPoint;
    private boolean mounted;

    @BeforeEach
    void mountSmallDisk() throws Exception {
        Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", mountPoint.toString())
                .redirectErrorStream(true).start();
        mounted = mount.waitFor() == 0;
        Assumptions.assumeTrue(mounted, "mounting a tmpfs needs root: " + new String(mount.getInputStream().readAllBytes()));
    }

    @AfterEach
    void unmount() throws Exception {
        if (mounted) {
            new ProcessBuilder("umount", "-l", mountPoint.toString()).start().waitFor();
        }
    }

    @Test
    void aFullDiskIsAServiceUnavailableAndTheLedgerRecoversWhenSpaceComesBack() throws Exception {
        try (ConfigurableApplicationContext ledger = new SpringApplicationBuilder(LedgerApplication.class).run(
                "--spring.datasource.url=jdbc:h2:file:" + mountPoint.resolve("ledger") + ";DB_CLOSE_ON_EXIT=FALSE",
                "--server.port=0", "--server.address=127.0.0.1", "--logging.level.root=ERROR")) {
            LedgerHttp http = LedgerHttp.of(ledger);
            assertThat(http.post("/api/pools", """
                    {"pool":"disk","program":"points-boost"}""").status()).isEqualTo(201);

            Path filler = fillDisk();
            List<String> acknowledged = new ArrayList<>();
            List<Answer> refused = new ArrayList<>();
            for (int n = 0; n < 30; n++) {
                Answer answer = stake(http, "full-" + n);
                assertThat(answer.status()).as(answer.body().toString()).isIn(200, 503);
                if (answer.status() == 200) {
                    acknowledged.add("full-" + n);
                } else {
                    refused.add(answer);
                }
            }
            assertThat(refused).isNotEmpty();
            for (Answer answer : refused) {
                assertThat(answer.body().get("type").asText()).endsWith("/store-unavailable");
                assertThat(answer.header("Retry-After")).isNotBlank();
                assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
            }

            Files.delete(filler);
            Answer recovered = null;
            for (int attempt = 0; attempt < 50 && (recovered == null || recovered.status() != 200); attempt++) {
                Thread.sleep(200);
                recovered = stake(http, "after-" + attempt);
            }
            assertThat(recovered.status()).as(recovered.body().toString()).isEqualTo(200);
            for (String commandId : acknowledged) {
                assertThat(stake(http, commandId).body().get("duplicate").asBoolean()).isTrue();
            }
            JsonNode audit = http.get("/api/pools/disk/audit").body();
            assertThat(audit.get("ok").asBoolean()).as(audit.toString()).isTrue();
        }
        try (Stream<Path> files = Files.list(mountPoint)) {
            assertThat(files.map(path -> path.getFileName().toString()))
                    .allMatch(name -> name.equals("ledger.mv.db") || name.startsWith("ledger.checkpoint")
                            || name.equals("admin.key"));   // the bootstrap key (docs/security.md)
        }
    }

    private static Answer stake(LedgerHttp http, String commandId) {
        return http.post("/api/pools/disk/commands/Stake", """
                {"account":"%s","amount":"1","commandId":"%s"}""".formatted(commandId, commandId));
    }

    /** Writes a file until the disk has no room left; returns it so the test can free the space. */
    private Path fillDisk() throws IOException {
        Path filler = mountPoint.resolve("filler");
        byte[] block = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(filler)) {
            while (true) {
                out.write(block);
            }
        } catch (IOException full) {
            if (!String.valueOf(full.getMessage()).contains("No space left")) {
                throw full;
            }
        }
        return filler;
    }
}
