package io.stakingledger.app.store;

import org.flywaydb.core.api.FlywayException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Migrates the schema at start, and waits for another node doing the same. Nodes starting together on an empty
 * shared PostgreSQL store race on Flyway's history table: the loser can find the table created but still
 * empty and refuse to baseline it. Once the winner has committed, the same migration finds everything applied,
 * so the loser tries again for a few seconds before giving up with Flyway's own message. A failure the database
 * reported (no store, no connection, no space) is not a race and is passed on at once.
 */
@Configuration
public class SchemaMigration {

    private static final Logger log = LoggerFactory.getLogger(SchemaMigration.class);
    private static final int ATTEMPTS = 20;
    private static final long PAUSE_MILLIS = 500;

    @Bean
    public FlywayMigrationStrategy migrateWaitingForOtherNodes() {
        return flyway -> {
            for (int attempt = 1; ; attempt++) {
                try {
                    flyway.migrate();
                    return;
                } catch (FlywayException e) {
                    if (attempt == ATTEMPTS || fromTheDatabase(e)) {
                        throw e;
                    }
                    log.info("schema migration refused ({}); another node may be migrating, trying again", e.getMessage());
                    try {
                        Thread.sleep(PAUSE_MILLIS);
                    } catch (InterruptedException interrupted) {
                        Thread.currentThread().interrupt();
                        throw e;
                    }
                }
            }
        };
    }

    private static boolean fromTheDatabase(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.sql.SQLException) {
                return true;
            }
        }
        return false;
    }
}
