package io.stakingledger.app.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stakingledger.core.common.CommandRejected;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Export for back-office systems: the stored events of every pool in global order, one JSON object per
 * line ({@code cursor, pool, type, revision, at, payload, hash, actor}), read with plain SQL from
 * {@code DomainEventEntry}. The cursor is the event's global index: asking again with {@code after} = the
 * last cursor received continues exactly where the previous page stopped.
 *
 * <p>Payloads are exported as stored, at their stored revision (no upcasting): the export is the record
 * of what was written, and {@code revision} tells a reader which shape to expect.
 *
 * <p>Nothing is skipped even under concurrent writers: a transaction that took a global index but has
 * not committed yet leaves a gap that would later fill in behind the cursor. A page therefore stops
 * before any gap younger than {@code ledger.export.gap-grace}; older gaps are rolled-back inserts that
 * will never fill, and are passed.
 */
@Component
public class EventExport {

    public static final int MAX_PAGE = 10_000;

    private static final String PAGE = "SELECT globalIndex, aggregateIdentifier, payloadType, payloadRevision, payload, "
            + "metaData, timeStamp FROM DomainEventEntry WHERE globalIndex > ? ORDER BY globalIndex LIMIT ?";

    private final JdbcTemplate jdbc;
    private final ObjectMapper mapper;
    private final Duration gapGrace;
    private final Clock clock = Clock.systemUTC();

    public EventExport(JdbcTemplate jdbc, ObjectMapper mapper,
                       @Value("${ledger.export.gap-grace:PT10S}") Duration gapGrace) {
        this.jdbc = jdbc;
        this.mapper = mapper;
        this.gapGrace = gapGrace;
    }

    private record Row(long globalIndex, String pool, String payloadType, String revision, String payload,
                       String metaData, String storedAt) {
    }

    /**
     * The events after cursor {@code after} (0 = from the first), at most {@code limit} of them, oldest first.
     *
     * @throws CommandRejected INVALID when {@code after} is negative or {@code limit} outside 1..{@link #MAX_PAGE}
     */
    public List<ObjectNode> page(long after, int limit) {
        if (after < 0) {
            throw CommandRejected.invalid("after is a cursor (0 or a cursor received before), got " + after);
        }
        if (limit < 1 || limit > MAX_PAGE) {
            throw CommandRejected.invalid("limit must be between 1 and " + MAX_PAGE + ", got " + limit);
        }
        List<Row> rows = jdbc.query(PAGE, (rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3),
                rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7)), after, limit);
        List<ObjectNode> lines = new ArrayList<>(rows.size());
        long expected = after + 1;
        for (Row row : rows) {
            if (row.globalIndex() != expected && mayStillFill(row)) {
                break;
            }
            lines.add(line(row));
            expected = row.globalIndex() + 1;
        }
        return lines;
    }

    /** What {@link #write} wrote: how many events, and the cursor to continue after ({@code after} when none). */
    public record Written(long events, long lastCursor) {
    }

    /**
     * Writes every event after {@code after}, at most {@code limit}, as NDJSON to {@code out}, reading
     * the store a page at a time.
     */
    public Written write(long after, long limit, OutputStream out) throws IOException {
        return write(after, limit, out, new java.util.concurrent.atomic.AtomicLong());
    }

    /** As {@link #write(long, long, OutputStream)}, counting the events written into {@code progress} as it goes. */
    public Written write(long after, long limit, OutputStream out, java.util.concurrent.atomic.AtomicLong progress)
            throws IOException {
        long written = 0;
        long cursor = after;
        while (written < limit) {
            List<ObjectNode> page = page(cursor, (int) Math.min(MAX_PAGE, limit - written));
            for (ObjectNode line : page) {
                out.write(mapper.writeValueAsBytes(line));
                out.write('\n');
            }
            if (page.isEmpty()) {
                break;
            }
            written += page.size();
            progress.set(written);
            cursor = page.get(page.size() - 1).get("cursor").asLong();
        }
        out.flush();
        return new Written(written, cursor);
    }

    private boolean mayStillFill(Row afterGap) {
        try {
            return Instant.parse(afterGap.storedAt()).isAfter(clock.instant().minus(gapGrace));
        } catch (DateTimeParseException | NullPointerException unreadable) {
            return true;
        }
    }

    private ObjectNode line(Row row) {
        JsonNode payload = json(row.payload());
        ObjectNode line = mapper.createObjectNode();
        line.put("cursor", row.globalIndex());
        line.put("pool", row.pool());
        line.put("type", row.payloadType().substring(row.payloadType().lastIndexOf('.') + 1));
        line.put("revision", row.revision());
        line.set("at", payload.get("at"));
        line.set("payload", payload);
        JsonNode metaData = row.metaData() == null ? null : json(row.metaData());
        JsonNode hash = metaData == null ? null : metaData.get("hash");
        line.set("hash", hash == null || !hash.isTextual() ? null : hash);
        JsonNode actor = metaData == null ? null : metaData.get("actor");
        line.set("actor", actor == null || !actor.isTextual() ? null : actor);
        return line;
    }

    private JsonNode json(String text) {
        try {
            return mapper.readTree(text);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("a stored event is not JSON", e);
        }
    }
}
