package io.stakingledger.app.audit;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/**
 * Live read models compared with read models rebuilt from the event store alone: how many events were
 * replayed, how many view answers were compared, every answer that differs, and every pool that could
 * not be replayed or answered at all (reported as that pool's failure; the other pools are compared as
 * usual). {@code identical} holds only when nothing differs and nothing failed.
 */
public record ReplayReport(boolean identical, long eventsReplayed, int pools, int viewsCompared,
                           List<Difference> differences, List<PoolFailure> failures) {

    /** One view answer that differs; {@code account} is null for pool-level views. */
    public record Difference(String pool, String view, String account, JsonNode live, JsonNode replayed) {
    }

    /** A pool that could not be replayed or whose views could not be answered, and why. */
    public record PoolFailure(String pool, String reason) {
    }
}
