package io.stakingledger.app.store;

import org.springframework.dao.DataAccessException;

import java.io.IOException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;

/**
 * The store could not be read or written (disk full, I/O error, database closed or unreachable). Nothing
 * was acknowledged; the caller may send the same command again (with the same {@code commandId}) after
 * {@link #retryAfter()}.
 */
public class StoreUnavailable extends RuntimeException {

    public static final Duration RETRY_AFTER = Duration.ofSeconds(5);

    public StoreUnavailable(Throwable cause) {
        super("the ledger's store is unavailable; nothing was changed by this request, try again later", cause);
    }

    public Duration retryAfter() {
        return RETRY_AFTER;
    }

    /** The store failure behind {@code failure}, if a database or I/O error caused it. */
    public static Optional<StoreUnavailable> causing(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof StoreUnavailable unavailable) {
                return Optional.of(unavailable);
            }
            if (cause instanceof SQLException || cause instanceof DataAccessException || cause instanceof IOException) {
                return Optional.of(new StoreUnavailable(failure));
            }
        }
        return Optional.empty();
    }
}
