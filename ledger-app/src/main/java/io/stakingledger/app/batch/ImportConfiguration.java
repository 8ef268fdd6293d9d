package io.stakingledger.app.batch;

import io.stakingledger.app.cli.ExitCode;
import io.stakingledger.app.cli.TerminalProgress;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * {@code scripts/ledger import FILE}: when {@code ledger.import.file} is set the application imports that
 * file into its store ({@link BatchImport}), shows progress on a terminal, prints a one-line summary on
 * standard error and exits: 0 when every line is stored, 65 at a rejected line (the message names it and
 * what is stored), 66 when the file does not exist. Other failures (a store in use by a running server, ...)
 * are reported by {@code cli/CommandLineTool}.
 */
@Configuration
@ConditionalOnProperty("ledger.import.file")
public class ImportConfiguration {

    @Bean
    public ApplicationRunner importFile(BatchImport importer, ConfigurableApplicationContext context,
                                        Environment environment) {
        return args -> {
            Path file = Path.of(environment.getRequiredProperty("ledger.import.file"));
            long total;
            try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
                total = lines.count();
            }
            long started = System.nanoTime();
            BatchImport.Summary summary;
            try (BufferedReader input = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                 TerminalProgress progress = TerminalProgress.show("lines imported", importer::linesDone, total)) {
                summary = importer.run(input);
            } catch (BatchImport.Stopped stopped) {
                System.err.println("ledger: " + stopped.getMessage());
                exit(context, ExitCode.REJECTED);
                return;
            }
            double seconds = Math.max(0.001, (System.nanoTime() - started) / 1e9);
            System.err.println(String.format(Locale.ROOT, "imported %,d commands (%,d already stored, answered as "
                            + "duplicates) from %,d lines in %,d chunks in %.1f s: %,d commands/s; %,d query lines skipped",
                    summary.commands(), summary.duplicates(), summary.lines(), summary.chunks(), seconds,
                    Math.round(summary.commands() / seconds), summary.queriesSkipped()));
            exit(context, ExitCode.OK);
        };
    }

    private static void exit(ConfigurableApplicationContext context, ExitCode code) {
        System.exit(SpringApplication.exit(context, (ExitCodeGenerator) code::code));
    }
}
