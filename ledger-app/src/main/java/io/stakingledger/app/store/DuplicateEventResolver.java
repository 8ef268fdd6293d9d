package io.stakingledger.app.store;

import org.axonframework.common.jdbc.PersistenceExceptionResolver;

import java.sql.SQLException;

/**
 * Tells Axon when an append failed because another writer stored an event at the same (pool, sequence):
 * SQLSTATE 23505, unique violation, as both H2 and PostgreSQL report it. Axon's default JDBC resolver
 * recognises only {@code SQLIntegrityConstraintViolationException}, which PostgreSQL's driver does not
 * throw, so a conflict between two nodes surfaced as an internal error instead of a retryable
 * concurrency conflict.
 */
public final class DuplicateEventResolver implements PersistenceExceptionResolver {

    static final String UNIQUE_VIOLATION = "23505";

    @Override
    public boolean isDuplicateKeyViolation(Exception exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                for (SQLException next = sql; next != null; next = next.getNextException()) {
                    if (UNIQUE_VIOLATION.equals(next.getSQLState())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
