package io.stakingledger.app.store;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Axon's JDBC engine, which also stores, in the same transaction as the events, one {@code AppliedCommand} row
 * for each command they came from ({@link StoredAppliedCommands} reads them). A second writer of the same
 * command id in a pool breaks the table's key and fails the whole append as a concurrency conflict, like a
 * second writer of the same sequence number.
 */
public final class LedgerEventStorageEngine extends JdbcEventStorageEngine {

    private final TransactionManager transactions;

    public LedgerEventStorageEngine(JdbcEventStorageEngine.Builder builder, TransactionManager transactions) {
        super(builder);
        this.transactions = transactions;
    }

    @Override
    protected void appendEvents(List<? extends EventMessage<?>> events, Serializer serializer) {
        if (events.isEmpty()) {
            return;
        }
        transactions.executeInTransaction(() -> {
            super.appendEvents(events, serializer);
            AppliedCommandRows rows = new AppliedCommandRows();
            for (EventMessage<?> event : events) {
                if (event instanceof DomainEventMessage<?> domain) {
                    rows.add(domain);
                }
            }
            Connection connection = getConnection();
            try {
                AppliedCommandRows.insert(connection, rows.rows());
            } catch (SQLException e) {
                handlePersistenceException(e, events.get(0));
            } finally {
                close(connection);
            }
        });
    }


    /** The connection is the transaction's (Spring's provider): closing hands it back, the transaction goes on. */
    private static void close(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // nothing was left to release that the transaction's end does not release
        }
    }
}
