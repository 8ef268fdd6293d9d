package io.stakingledger.app.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stakingledger.app.config.JsonConfiguration;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.format.DateTimeParseException;

/** Recomputes each pool's hash chain from the rows as stored and reports the first break. */
@Component
public class ChainVerifier {

    private static final ObjectMapper JSON = JsonConfiguration.eventMapper();

    private final EventRows rows;

    public ChainVerifier(EventRows rows) {
        this.rows = rows;
    }

    public ChainReport verify(String pool) {
        Walk walk = new Walk(pool);
        rows.forEachOfPool(pool, walk::check);
        return walk.report();
    }

    /**
     * The stored hash of the pool's event at {@code sequence}: what an event at {@code sequence + 1} links to.
     * Genesis before the first event.
     *
     * @throws IllegalStateException when no event is stored there: the caller's state is ahead of the store
     */
    public String storedHashAt(String pool, long sequence) {
        if (sequence < 0) {
            return HashChain.GENESIS;
        }
        String metaData = rows.metaDataAt(pool, sequence);
        if (metaData == null) {
            throw new IllegalStateException("pool " + pool + " has no stored event " + sequence + " to link to");
        }
        JsonNode hash = parse(metaData).path(HashChain.HASH);
        return hash.isTextual() ? hash.asText() : HashChain.GENESIS;
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json == null ? "{}" : json);
        } catch (JsonProcessingException e) {
            return JSON.createObjectNode().put("unreadable", e.getOriginalMessage());
        }
    }

    private static final class Walk {
        private final String pool;
        private long expectedSequence;
        private String previous = HashChain.GENESIS;
        private ChainReport.Break firstBreak;

        Walk(String pool) {
            this.pool = pool;
        }

        void check(StoredEvent row) {
            if (firstBreak != null) {
                return;
            }
            String type = simpleName(row.payloadType());
            if (row.sequence() != expectedSequence) {
                fail(row, type, "sequence " + row.sequence() + " where " + expectedSequence
                        + " was expected: an event is missing or was inserted");
                return;
            }
            JsonNode metaData = parse(row.metaData());
            JsonNode stored = metaData.path(HashChain.HASH);
            if (!stored.isTextual()) {
                fail(row, type, "the event carries no hash");
                return;
            }
            String linked = metaData.path(HashChain.PREVIOUS_HASH).asText(null);
            if (!previous.equals(linked)) {
                fail(row, type, "previousHash " + linked + " does not match the hash of the previous event ("
                        + (previous.isEmpty() ? "none: this is the pool's first event" : previous) + ")");
                return;
            }
            String businessTime = businessTime(row.payload());
            JsonNode actor = metaData.get(HashChain.ACTOR);
            String recomputed = HashChain.hash(HashChain.canonicalForm(row.payloadType(), row.payloadRevision(),
                    row.pool(), row.sequence(), businessTime, row.payload(), previous,
                    actor == null || actor.isNull() ? null : actor.asText()));
            if (!recomputed.equals(stored.asText())) {
                fail(row, type, "the stored event does not match its hash (recomputed " + recomputed
                        + ", stored " + stored.asText() + "): its content was changed after it was written");
                return;
            }
            previous = recomputed;
            expectedSequence++;
        }

        private void fail(StoredEvent row, String type, String reason) {
            firstBreak = new ChainReport.Break(row.sequence(), row.globalIndex(), type, reason);
        }

        ChainReport report() {
            return new ChainReport(pool, firstBreak == null, expectedSequence, firstBreak == null ? previous : null,
                    firstBreak);
        }

        private static String businessTime(String payload) {
            JsonNode at = parse(payload).path("at");
            if (!at.isTextual()) {
                return null;
            }
            try {
                return Instant.parse(at.asText()).toString();
            } catch (DateTimeParseException e) {
                return at.asText();
            }
        }

        private static String simpleName(String payloadType) {
            return payloadType.substring(payloadType.lastIndexOf('.') + 1);
        }
    }
}
