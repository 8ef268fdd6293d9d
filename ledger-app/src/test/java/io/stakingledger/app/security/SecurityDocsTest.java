package io.stakingledger.app.security;

import io.stakingledger.app.api.ProgramApi;
import io.stakingledger.app.support.LedgerAppTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** docs/security.md's tables of commands and views say what the code does. */
@LedgerAppTest
class SecurityDocsTest {

    @Autowired
    List<ProgramApi> programs;

    private static String doc() throws IOException {
        return Files.readString(Path.of("..", "docs", "security.md"));
    }

    @Test
    void everyCommandIsDocumentedWithItsKind() throws IOException {
        String doc = doc();
        for (ProgramApi program : programs) {
            program.commandKinds().forEach((type, kind) -> assertThat(doc).as(program.program() + " " + type)
                    .contains("| `" + program.program() + "` | `" + type + "` | " + kind.name().toLowerCase(Locale.ROOT) + " |"));
        }
    }

    @Test
    void everyViewIsDocumentedWithItsKind() throws IOException {
        String doc = doc();
        for (ProgramApi program : programs) {
            for (String view : program.views()) {
                if (view.equals("pool") || view.equals("position")) {
                    continue;
                }
                String kind = program.accountViews().contains(view) ? "account" : "pool-level";
                assertThat(doc).as(program.program() + " " + view)
                        .contains("| `" + program.program() + "` | `" + view + "` | " + kind);
            }
        }
    }
}
