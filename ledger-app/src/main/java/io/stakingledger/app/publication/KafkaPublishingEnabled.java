package io.stakingledger.app.publication;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Kafka publishing is on exactly when a bootstrap address is configured ({@code ledger.kafka.bootstrap-servers}
 * or {@code spring.kafka.bootstrap-servers}) and {@code ledger.kafka.enabled} is not false. Otherwise no
 * Kafka bean exists at all: the embedded default and the command-line tools run without it.
 */
public class KafkaPublishingEnabled implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        Environment environment = context.getEnvironment();
        return environment.getProperty("ledger.kafka.enabled", Boolean.class, true)
                && !bootstrapServers(environment).isBlank();
    }

    /** {@code ledger.kafka.bootstrap-servers}, else {@code spring.kafka.bootstrap-servers}, else empty. */
    static String bootstrapServers(Environment environment) {
        String ledger = environment.getProperty("ledger.kafka.bootstrap-servers", "");
        return ledger.isBlank() ? environment.getProperty("spring.kafka.bootstrap-servers", "") : ledger;
    }
}
