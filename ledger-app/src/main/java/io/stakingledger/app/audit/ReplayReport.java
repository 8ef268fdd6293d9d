package io.stakingledger.app.audit;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/**
 * Live read models compared with read models rebuilt from the event store alone: how many events were
 * replayed, how many view answers were compared, and every answer that differs.
 */
public record ReplayReport(boolean identical, long eventsReplayed, int pools, int viewsCompared,
                           List<Difference> differences) {

    /** One view answer that differs; {@code account} is null for pool-level views. */
    public record Difference(String pool, String view, String account, JsonNode live, JsonNode replayed) {
    }
}
