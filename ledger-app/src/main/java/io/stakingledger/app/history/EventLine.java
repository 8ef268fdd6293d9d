package io.stakingledger.app.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.UncheckedIOException;

/**
 * The one writer of the export line, shared by {@code GET /api/events}, {@code scripts/ledger export}
 * and the Kafka publisher, so a back office reads the same bytes whichever way it takes the events:
 *
 * <pre>{"cursor":…,"pool":…,"type":…,"revision":…,"at":…,"payload":{…},"hash":…,"actor":…}</pre>
 *
 * {@code payload} is the stored JSON as stored (not upcast); {@code at} is its business time;
 * {@code hash} and {@code actor} come from the event's metadata and are null when it has none
 * (events stored before the hash chain, or before callers were recorded).
 */
public final class EventLine {

    private static final String[] FROM_METADATA = {"hash", "actor"};

    private final ObjectMapper mapper;

    public EventLine(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** The line of one stored row. */
    public ObjectNode of(long globalIndex, String pool, String payloadType, String revision, String payloadJson,
                         String metaDataJson) {
        JsonNode payload = json(payloadJson);
        ObjectNode line = mapper.createObjectNode();
        line.put("cursor", globalIndex);
        line.put("pool", pool);
        line.put("type", simpleName(payloadType));
        line.put("revision", revision);
        line.set("at", payload.get("at"));
        line.set("payload", payload);
        JsonNode metaData = metaDataJson == null ? null : json(metaDataJson);
        for (String key : FROM_METADATA) {
            JsonNode value = metaData == null ? null : metaData.get(key);
            line.set(key, value == null || !value.isTextual() ? null : value);
        }
        return line;
    }

    /** The line as the bytes every transport sends (UTF-8 JSON, no line feed). */
    public byte[] bytes(ObjectNode line) {
        try {
            return mapper.writeValueAsBytes(line);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("an export line could not be written", e);
        }
    }

    public static String simpleName(String payloadType) {
        return payloadType.substring(payloadType.lastIndexOf('.') + 1);
    }

    private JsonNode json(String text) {
        try {
            return mapper.readTree(text);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("a stored event is not JSON", e);
        }
    }
}
