package io.stakingledger.app.audit;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.function.Consumer;

/**
 * Reads the event store's rows with plain JDBC, bypassing Axon, so that verification looks at exactly
 * what is stored (no upcasting, no deserialization).
 */
@Component
public class EventRows {

    private static final String COLUMNS =
            "globalIndex, aggregateIdentifier, sequenceNumber, payloadType, payloadRevision, payload, metaData";

    private final JdbcTemplate jdbc;

    public EventRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void forEachOfPool(String pool, Consumer<StoredEvent> action) {
        jdbc.query("SELECT " + COLUMNS + " FROM DomainEventEntry WHERE aggregateIdentifier = ? ORDER BY sequenceNumber",
                (RowCallbackHandler) rs -> action.accept(new StoredEvent(rs.getLong(1), rs.getString(2), rs.getLong(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7))), pool);
    }

    public List<String> pools() {
        return jdbc.queryForList("SELECT DISTINCT aggregateIdentifier FROM DomainEventEntry ORDER BY aggregateIdentifier",
                String.class);
    }

    /** Metadata JSON of the pool's event at {@code sequence}, or null when no such event is stored. */
    public String metaDataAt(String pool, long sequence) {
        List<String> rows = jdbc.queryForList("SELECT metaData FROM DomainEventEntry WHERE aggregateIdentifier = ? "
                + "AND sequenceNumber = ?", String.class, pool, sequence);
        return rows.isEmpty() ? null : rows.get(0);
    }
}
