package io.stakingledger.core.common;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Remembers the events each {@code commandId} produced in one pool, so that a repeated command is not
 * applied again and its caller receives the first outcome (SPEC.md, "Idempotency"). Rebuilt from the
 * events' metadata when the pool is loaded.
 */
public final class Idempotency {

    public static final String METADATA_KEY = "commandId";

    private final Map<String, List<Object>> outcomes = new HashMap<>();

    public boolean seen(String commandId) {
        return commandId != null && outcomes.containsKey(commandId);
    }

    public CommandOutcome outcomeOf(String poolId, String commandId) {
        return new CommandOutcome(poolId, commandId, List.copyOf(outcomes.get(commandId)), true);
    }

    public void record(String commandId, Object event) {
        if (commandId != null) {
            outcomes.computeIfAbsent(commandId, id -> new java.util.ArrayList<>()).add(event);
        }
    }
}
