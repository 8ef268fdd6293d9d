package io.stakingledger.app.batch;

import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code scripts/ledger run FILE}: when {@code ledger.batch.file} is set the application runs that file
 * ({@code -} for standard input) against its store, prints the answers on standard output and exits.
 * Exit code 0 even when lines were rejected (they are part of the output); 66 when the file cannot be read.
 */
@Configuration
@ConditionalOnProperty("ledger.batch.file")
public class BatchConfiguration {

    @Bean
    public ApplicationRunner runBatchFile(BatchRunner runner, ConfigurableApplicationContext context,
                                          org.springframework.core.env.Environment environment) {
        return args -> {
            String file = environment.getRequiredProperty("ledger.batch.file");
            PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), false,
                    StandardCharsets.UTF_8);
            int exit = 0;
            try (BufferedReader input = file.equals("-")
                    ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))
                    : Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
                runner.run(input, out);
            } catch (java.io.IOException e) {
                System.err.println("cannot read " + file + ": " + e.getMessage());
                exit = io.stakingledger.app.cli.ExitCode.NOT_FOUND.code();
            }
            out.flush();
            int code = exit;
            System.exit(SpringApplication.exit(context, (ExitCodeGenerator) () -> code));
        };
    }
}
