package io.stakingledger.app.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.stakingledger.core.common.CommandRejected;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * {@code scripts/ledger keys create|list|revoke} on the configured store (profile {@code cli},
 * {@code ledger.cli=keys}, {@code ledger.cli.keys.action=...}). Keys made here are created by the actor
 * {@code local}: whoever can open the store is its operator. {@code create} prints the key on standard
 * output (once; only its hash is stored) and its details on standard error.
 */
@Configuration
public class KeysCommandLine {

    @Bean
    @ConditionalOnProperty(name = "ledger.cli", havingValue = "keys")
    public ApplicationRunner manageKeys(ApiKeys keys, ObjectMapper mapper, Environment environment,
                                       ConfigurableApplicationContext context) {
        return args -> {
            PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
            String action = environment.getProperty("ledger.cli.keys.action", "");
            // A key that could not work (CommandRejected) or an unknown key id ends the tool through
            // cli/CommandLineTool: one line on standard error, exit 64 or 66.
            switch (action) {
                case "create" -> {
                    ApiKeys.CreatedKey created = keys.create(new ApiKeys.KeySpec(
                            environment.getProperty("ledger.cli.keys.name"),
                            list(environment.getProperty("ledger.cli.keys.roles")),
                            list(environment.getProperty("ledger.cli.keys.pools")),
                            environment.getProperty("ledger.cli.keys.account")), "local");
                    out.println(created.key());
                    System.err.println("created " + mapper.writeValueAsString(created.details())
                            + "\nthe key above is shown this once: only its hash is stored");
                }
                case "list" -> {
                    for (ApiKeys.ApiKey key : keys.list()) {
                        out.println(mapper.writeValueAsString(key));
                    }
                }
                case "revoke" -> out.println(mapper.writeValueAsString(
                        keys.revoke(environment.getProperty("ledger.cli.keys.id", ""), "local")));
                default -> throw CommandRejected.invalid("keys: create, list or revoke");
            }
            System.exit(SpringApplication.exit(context, (ExitCodeGenerator) () -> 0));
        };
    }

    private static List<String> list(String commaSeparated) {
        return commaSeparated == null ? List.of()
                : Arrays.stream(commaSeparated.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
