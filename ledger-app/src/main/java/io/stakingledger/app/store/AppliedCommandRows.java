package io.stakingledger.app.store;

import io.stakingledger.core.common.Idempotency;
import org.axonframework.eventhandling.DomainEventMessage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Turns a pool's stored events, in sequence order, into rows of the {@code AppliedCommand} table: the events of
 * one command follow each other and carry its {@code commandId}, so a command is a run of events with the same id.
 * Used where events are appended and by the migration that fills the table for an older store.
 */
final class AppliedCommandRows {

    static final String INSERT = "INSERT INTO AppliedCommand (aggregateIdentifier, commandId, fingerprint, firstSequence, "
            + "lastSequence) VALUES (?, ?, ?, ?, ?)";

    /** One row: the command {@code commandId} of pool {@code pool} produced its events at first..last. */
    record Row(String pool, String commandId, String fingerprint, long firstSequence, long lastSequence) {
    }

    private final List<Row> rows = new ArrayList<>();
    private Row open;

    /** Adds the next stored event of a pool, with the command id and fingerprint its metadata carries. */
    void add(DomainEventMessage<?> event) {
        add(event.getAggregateIdentifier(), event.getSequenceNumber(),
                text(event.getMetaData().get(Idempotency.METADATA_KEY)),
                text(event.getMetaData().get(Idempotency.FINGERPRINT_METADATA_KEY)));
    }

    /** Adds the next event; events without a command id end the current run and start none. */
    void add(String pool, long sequence, String commandId, String fingerprint) {
        if (open != null && open.pool().equals(pool) && Objects.equals(open.commandId(), commandId)
                && open.lastSequence() == sequence - 1) {
            open = new Row(pool, commandId, open.fingerprint() != null ? open.fingerprint() : fingerprint,
                    open.firstSequence(), sequence);
            return;
        }
        close();
        if (commandId != null) {
            open = new Row(pool, commandId, fingerprint, sequence, sequence);
        }
    }

    /** The rows of the runs an event has ended so far; the caller may write and clear them. */
    List<Row> completeRows() {
        return rows;
    }

    /** The rows of every complete run so far, and of the open one. */
    List<Row> rows() {
        close();
        return rows;
    }

    /** Writes the rows with one batch on {@code connection}, in its transaction. */
    static void insert(Connection connection, List<Row> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (Row row : rows) {
                insert.setString(1, row.pool());
                insert.setString(2, row.commandId());
                insert.setString(3, row.fingerprint());
                insert.setLong(4, row.firstSequence());
                insert.setLong(5, row.lastSequence());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** A metadata value as text: the id and fingerprint are strings, anything else counts as absent. */
    private static String text(Object value) {
        return value instanceof String text ? text : null;
    }

    private void close() {
        if (open != null) {
            rows.add(open);
            open = null;
        }
    }
}
