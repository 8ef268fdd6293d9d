package io.stakingledger.app.history;

import io.stakingledger.app.cli.TerminalProgress;
import io.stakingledger.core.common.CommandRejected;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code scripts/ledger export [--after N] [--limit N] FILE|-}: when {@code ledger.export.file} is set the
 * application writes the stored events after cursor {@code ledger.export.after} (default 0, the first
 * event), at most {@code ledger.export.limit} (default all), as NDJSON to that file ({@code -} for
 * standard output), reports the count and the last cursor on standard error, and exits.
 * Exit code 0, 74 when the file cannot be written, 64 when {@code --after} or {@code --limit} is not a
 * whole number in plain digits.
 */
@Configuration
@ConditionalOnProperty("ledger.export.file")
public class ExportConfiguration {

    @Bean
    public ApplicationRunner exportEvents(EventExport export, ConfigurableApplicationContext context,
                                          Environment environment) {
        return args -> {
            String file = environment.getRequiredProperty("ledger.export.file");
            long after;
            long limit;
            try {
                after = Cursor.parse("--after", environment.getProperty("ledger.export.after", "0"), Long.MAX_VALUE);
                String limitText = environment.getProperty("ledger.export.limit");
                limit = limitText == null ? Long.MAX_VALUE : Cursor.parse("--limit", limitText, Long.MAX_VALUE);
            } catch (CommandRejected rejected) {
                System.err.println(rejected.getMessage());
                System.exit(SpringApplication.exit(context, (ExitCodeGenerator) () -> 64));
                return;
            }
            int exit = 0;
            try (OutputStream out = new BufferedOutputStream(file.equals("-")
                    ? new FileOutputStream(FileDescriptor.out)
                    : Files.newOutputStream(Path.of(file)))) {
                java.util.concurrent.atomic.AtomicLong progress = new java.util.concurrent.atomic.AtomicLong();
                EventExport.Written written;
                try (TerminalProgress shown = TerminalProgress.show("events exported", progress::get, 0)) {
                    written = export.write(after, limit, out, progress);
                }
                System.err.println("exported " + written.events() + " events after cursor " + after
                        + "; continue with --after " + written.lastCursor());
            } catch (IOException e) {
                System.err.println("cannot write " + file + ": " + e.getMessage());
                exit = io.stakingledger.app.cli.ExitCode.CANNOT_WRITE.code();
            }
            int code = exit;
            System.exit(SpringApplication.exit(context, (ExitCodeGenerator) () -> code));
        };
    }
}
