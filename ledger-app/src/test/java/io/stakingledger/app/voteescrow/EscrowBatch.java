package io.stakingledger.app.voteescrow;

import com.fasterxml.jackson.databind.JsonNode;
import io.stakingledger.app.batch.BatchRunner;
import io.stakingledger.app.support.Batch;

import java.math.BigDecimal;
import java.util.List;

/**
 * Batch text for a fresh vote-escrow pool with the defaults of docs/domain/vote-escrow.md, created at {@link #T0}: line 1 is
 * the {@code CreatePool}, so the caller's first line is line 2 of the file.
 */
final class EscrowBatch {

    static final String T0 = "2024-01-15T00:00:00Z";

    private static final String CREATE = "{\"type\":\"CreatePool\",\"pool\":\"$pool\",\"program\":\"vote-escrow\",\"at\":\""
            + T0 + "\"}\n";

    private EscrowBatch() {
    }

    /** Runs {@code lines} on a new default pool and returns the output lines (queries and rejections). */
    static List<JsonNode> runOnNewPool(BatchRunner runner, String lines) {
        return new Batch(runner).run(Batch.uniquePool("ve"), CREATE + lines);
    }

    /** The exact decimal of a field written as a string. */
    static BigDecimal decimal(JsonNode node, String field) {
        return new BigDecimal(node.get(field).asText());
    }
}
