package io.stakingledger.core.common;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Answers a repeated {@code commandId} with its first outcome, so that it is not applied again (docs/domain/README.md,
 * "Rejections"), and refuses a different command under a used id.
 *
 * <p>Where the first outcome comes from: the store ({@link AppliedCommands}), for every command stored before,
 * and this pool's own note of the commands it applied in the unit of work still running (an atomic bulk may repeat
 * an id of its own before anything is stored). The note lives in that unit of work and goes with it, committed or
 * rolled back, so nothing here grows with the pool's history.
 *
 * <p>The fingerprint is computed by whoever sends the command (the API: a SHA-256 of the command as it
 * was received, before the server filled any business time) and travels in the command's metadata
 * under {@link #FINGERPRINT_METADATA_KEY}, and from there into the metadata of the events it produced.
 * Commands without one (tests, events stored before fingerprints existed) are matched by id alone.
 */
public final class Idempotency {

    public static final String METADATA_KEY = "commandId";
    public static final String FINGERPRINT_METADATA_KEY = "commandFingerprint";
    private static final String UNSTORED = Idempotency.class.getName() + ".unstored";

    /** Outside a unit of work (a pool driven by hand in tests) the note lives here instead. */
    private final Map<String, AppliedCommands.AppliedCommand> unstoredOutsideUnitOfWork = new HashMap<>();

    /**
     * The first outcome of {@code commandId} in pool {@code poolId} when the id was used before.
     *
     * @throws CommandRejected (command id reused) when the id was used for a command with another fingerprint
     */
    public Optional<CommandOutcome> repeatOf(String poolId, String commandId, String fingerprint, AppliedCommands stored) {
        if (commandId == null) {
            return Optional.empty();
        }
        AppliedCommands.AppliedCommand first = unstored().get(commandId);
        if (first == null) {
            first = stored.find(poolId, commandId).orElse(null);
        }
        if (first == null) {
            return Optional.empty();
        }
        if (!sameCommand(first.fingerprint(), fingerprint)) {
            throw reused(poolId, commandId);
        }
        return Optional.of(new CommandOutcome(poolId, commandId, first.events(), true));
    }

    /** Notes that {@code commandId} produced {@code events}, until the unit of work that stores them ends. */
    public void applied(String commandId, String fingerprint, List<?> events) {
        if (commandId != null) {
            unstored().put(commandId, new AppliedCommands.AppliedCommand(commandId, fingerprint, List.copyOf(events)));
        }
    }

    private Map<String, AppliedCommands.AppliedCommand> unstored() {
        if (!CurrentUnitOfWork.isStarted()) {
            return unstoredOutsideUnitOfWork;
        }
        UnitOfWork<?> root = CurrentUnitOfWork.get().root();
        Map<Idempotency, Map<String, AppliedCommands.AppliedCommand>> byPool =
                root.getOrComputeResource(UNSTORED, key -> new IdentityHashMap<>());
        return byPool.computeIfAbsent(this, pool -> new HashMap<>());
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
