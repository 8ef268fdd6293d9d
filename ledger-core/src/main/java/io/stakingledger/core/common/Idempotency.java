package io.stakingledger.core.common;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Remembers the events each {@code commandId} produced in one pool, and the fingerprint of the command
 * that produced them, so that a repeated command is not applied again and its caller receives the first
 * outcome (docs/domain/README.md, "Rejections"), while a different command under a used id is refused. Rebuilt from
 * the events' metadata when the pool is loaded, so the binding survives a restart.
 *
 * <p>The fingerprint is computed by whoever sends the command (the API: a SHA-256 of the command as it
 * was received, before the server filled any business time) and travels in the command's metadata
 * under {@link #FINGERPRINT_METADATA_KEY}. Commands without one (tests, events stored before
 * fingerprints existed) are matched by id alone.
 */
public final class Idempotency {

    public static final String METADATA_KEY = "commandId";
    public static final String FINGERPRINT_METADATA_KEY = "commandFingerprint";

    private final Map<String, List<Object>> outcomes = new HashMap<>();
    private final Map<String, String> fingerprints = new HashMap<>();

    public boolean seen(String commandId) {
        return commandId != null && outcomes.containsKey(commandId);
    }

    /**
     * Refuses a repeat of {@code commandId} whose fingerprint differs from the first command's.
     *
     * @throws CommandRejected (command id reused) naming the id and the pool
     */
    public void requireSameCommand(String poolId, String commandId, String fingerprint) {
        String first = fingerprints.get(commandId);
        if (first != null && fingerprint != null && !first.equals(fingerprint)) {
            throw reused(poolId, commandId);
        }
    }

    public CommandOutcome outcomeOf(String poolId, String commandId) {
        return new CommandOutcome(poolId, commandId, List.copyOf(outcomes.get(commandId)), true);
    }

    public void record(String commandId, String fingerprint, Object event) {
        if (commandId != null) {
            outcomes.computeIfAbsent(commandId, id -> new ArrayList<>()).add(event);
            if (fingerprint != null) {
                fingerprints.putIfAbsent(commandId, fingerprint);
            }
        }
    }

    /** Whether {@code stored} (a first command's fingerprint) and {@code fingerprint} can be the same command. */
    public static boolean sameCommand(String stored, String fingerprint) {
        return stored == null || fingerprint == null || Objects.equals(stored, fingerprint);
    }

    /** The rejection of a command id used before, in pool {@code poolId}, for another command. */
    public static CommandRejected reused(String poolId, String commandId) {
        return new CommandRejected(CommandRejected.Reason.COMMAND_ID_REUSED, "commandId " + commandId
                + " was already used in pool " + poolId + " for a different command; a repeat must send the same "
                + "command (then it answers the first outcome), a new command needs a new commandId");
    }
}
