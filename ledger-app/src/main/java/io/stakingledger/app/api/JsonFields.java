package io.stakingledger.app.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stakingledger.core.common.CommandRejected;

/** Reads a JSON object into a request record; any mapping failure becomes a user-facing rejection. */
public final class JsonFields {

    private JsonFields() {
    }

    /**
     * @param whenAbsent what a missing or {@code null} node means
     * @param context    prefixed to the rejection message (e.g. {@code "params: "}), may be empty
     */
    public static <T> T read(ObjectMapper mapper, JsonNode node, Class<T> type, T whenAbsent, String context) {
        if (node == null || node.isNull()) {
            return whenAbsent;
        }
        try {
            return mapper.treeToValue(node, type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw CommandRejected.invalid(context + JsonErrors.describe(e));
        }
    }
}
