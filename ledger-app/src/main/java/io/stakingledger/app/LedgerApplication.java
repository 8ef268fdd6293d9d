package io.stakingledger.app;

import io.stakingledger.app.cli.CommandLineTool;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.kafka.KafkaAutoConfiguration;

/**
 * The ledger. Spring Boot's Kafka auto-configuration is off: Kafka exists only when publishing is configured
 * ({@code publication.KafkaPublishingConfiguration}), so the embedded default holds no Kafka client at all.
 */
@SpringBootApplication(exclude = KafkaAutoConfiguration.class)
public class LedgerApplication {

    static {
        // The ledger must not talk to anything but its own store: Axon's update checker would call home.
        if (System.getProperty("axoniq.update-checker.disabled") == null) {
            System.setProperty("axoniq.update-checker.disabled", "true");
        }
    }

    public static void main(String[] args) {
        if (CommandLineTool.isTool(args)) {
            CommandLineTool.run(LedgerApplication.class, args);
        } else {
            SpringApplication.run(LedgerApplication.class, args);
        }
    }
}
