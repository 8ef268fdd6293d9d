package io.stakingledger.app.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stakingledger.core.common.Idempotency;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * Schema version 4.1: fills the {@code AppliedCommand} table (version 4) from the metadata of the events a store
 * held before it existed, so a command repeated after the upgrade is still answered with its first outcome rather
 * than applied again. Runs once, in Flyway's transaction; on an empty or new store it finds nothing to do.
 */
@Component
public class AppliedCommandBackfill implements JavaMigration {

    private static final Logger log = LoggerFactory.getLogger(AppliedCommandBackfill.class);
    private static final int ROWS_PER_BATCH = 5_000;
    private final ObjectMapper json = new ObjectMapper();

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("4.1");
    }

    @Override
    public String getDescription() {
        return "applied commands of the stored events";
    }

    @Override
    public Integer getChecksum() {
        return 41;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException, IOException {
        Connection connection = context.getConnection();
        long events = 0;
        long commands = 0;
        AppliedCommandRows rows = new AppliedCommandRows();
        try (PreparedStatement read = connection.prepareStatement("SELECT aggregateIdentifier, sequenceNumber, metaData "
                + "FROM DomainEventEntry ORDER BY aggregateIdentifier, sequenceNumber")) {
            read.setFetchSize(1_000);
            try (ResultSet stored = read.executeQuery()) {
                while (stored.next()) {
                    String metaData = stored.getString(3);
                    JsonNode fields = metaData == null ? null : json.readTree(metaData);
                    rows.add(stored.getString(1), stored.getLong(2), text(fields, Idempotency.METADATA_KEY),
                            text(fields, Idempotency.FINGERPRINT_METADATA_KEY));
                    events++;
                    List<AppliedCommandRows.Row> complete = rows.completeRows();
                    if (complete.size() >= ROWS_PER_BATCH) {
                        commands += complete.size();
                        AppliedCommandRows.insert(connection, complete);
                        complete.clear();
                    }
                }
            }
        }
        List<AppliedCommandRows.Row> rest = rows.rows();
        commands += rest.size();
        AppliedCommandRows.insert(connection, rest);
        if (events > 0) {
            log.info("indexed {} applied commands of {} stored events", commands, events);
        }
    }

    private static String text(JsonNode fields, String name) {
        JsonNode value = fields == null ? null : fields.get(name);
        return value != null && value.isTextual() ? value.textValue() : null;
    }
}
