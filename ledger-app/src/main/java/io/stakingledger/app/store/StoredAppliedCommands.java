package io.stakingledger.app.store;

import io.stakingledger.core.common.AppliedCommands;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The applied commands of the store: one indexed lookup in the {@code AppliedCommand} table, and only for a
 * repeat, a read of the command's own events. The pool aggregates ask it for every command that carries a
 * {@code commandId} (Axon passes it to their command handlers), inside the command's transaction, so a node
 * sees every command any node committed before.
 */
@Component
public class StoredAppliedCommands implements AppliedCommands {

    private final JdbcTemplate jdbc;
    private final EventStore events;

    public StoredAppliedCommands(JdbcTemplate jdbc, @Lazy EventStore events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    private record Stored(String fingerprint, long firstSequence, long lastSequence) {
    }

    @Override
    public Optional<AppliedCommand> find(String poolId, String commandId) {
        List<Stored> rows = jdbc.query("SELECT fingerprint, firstSequence, lastSequence FROM AppliedCommand "
                        + "WHERE aggregateIdentifier = ? AND commandId = ?",
                (row, n) -> new Stored(row.getString(1), row.getLong(2), row.getLong(3)), poolId, commandId);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Stored stored = rows.get(0);
        List<Object> outcome = new ArrayList<>();
        Iterator<? extends DomainEventMessage<?>> history = events.readEvents(poolId, stored.firstSequence())
                .asStream().iterator();
        while (history.hasNext()) {
            DomainEventMessage<?> event = history.next();
            if (event.getSequenceNumber() > stored.lastSequence()) {
                break;
            }
            outcome.add(event.getPayload());
        }
        return Optional.of(new AppliedCommand(commandId, stored.fingerprint(), outcome));
    }

    /** Starts comparing the rows of pool {@code poolId} with its events, given one by one in sequence order. */
    public Audit audit(String poolId) {
        return new Audit(poolId);
    }

    /**
     * The rows a pool's events name, compared at the end with the rows the table holds (verify). Both sides are
     * digested in sequence order as they stream by, so a pool of a million commands holds none of its rows in
     * memory; only when the digests differ are the rows read again to name the first difference.
     */
    public final class Audit {

        private final String poolId;
        private final AppliedCommandRows expected = new AppliedCommandRows();
        private final RowDigest named = new RowDigest();

        private Audit(String poolId) {
            this.poolId = poolId;
        }

        public void add(DomainEventMessage<?> event) {
            expected.add(event);
            named.addAll(expected.completeRows());
            expected.completeRows().clear();
        }

        public AppliedCommandsCheck finish() {
            named.addAll(expected.rows());
            RowDigest stored = new RowDigest();
            jdbc.query("SELECT commandId, fingerprint, firstSequence, lastSequence FROM AppliedCommand "
                    + "WHERE aggregateIdentifier = ? ORDER BY firstSequence, commandId", (RowCallbackHandler) row -> stored.add(
                    new AppliedCommandRows.Row(poolId, row.getString(1), row.getString(2), row.getLong(3), row.getLong(4))),
                    poolId);
            if (named.sameAs(stored)) {
                return new AppliedCommandsCheck(true, named.rows, stored.rows, null);
            }
            return new AppliedCommandsCheck(false, named.rows, stored.rows, firstDifference());
        }

        private String firstDifference() {
            AppliedCommandRows again = new AppliedCommandRows();
            events.readEvents(poolId).asStream().forEach(again::add);
            Map<String, AppliedCommandRows.Row> stored = new HashMap<>();
            jdbc.query("SELECT commandId, fingerprint, firstSequence, lastSequence FROM AppliedCommand "
                    + "WHERE aggregateIdentifier = ?", (RowCallbackHandler) row -> stored.put(row.getString(1),
                    new AppliedCommandRows.Row(poolId, row.getString(1), row.getString(2), row.getLong(3), row.getLong(4))),
                    poolId);
            for (AppliedCommandRows.Row row : again.rows()) {
                AppliedCommandRows.Row held = stored.remove(row.commandId());
                if (!row.equals(held)) {
                    return "commandId " + row.commandId() + " (events " + row.firstSequence() + " to "
                            + row.lastSequence() + "): " + (held == null ? "no row" : "its row says events "
                            + held.firstSequence() + " to " + held.lastSequence() + ", fingerprint " + held.fingerprint());
                }
            }
            return stored.isEmpty() ? "the rows changed while they were compared"
                    : "commandId " + stored.keySet().stream().sorted().findFirst().orElseThrow() + ": a row that no event names";
        }
    }

    /** A count and a SHA-256 of rows, in the order they are added. */
    private static final class RowDigest {

        private final MessageDigest digest = sha256();
        private long rows;

        void addAll(List<AppliedCommandRows.Row> added) {
            added.forEach(this::add);
        }

        void add(AppliedCommandRows.Row row) {
            rows++;
            digest.update((row.commandId() + "\n" + row.fingerprint() + "\n" + row.firstSequence() + "\n"
                    + row.lastSequence() + "\n").getBytes(StandardCharsets.UTF_8));
        }

        boolean sameAs(RowDigest other) {
            return rows == other.rows && MessageDigest.isEqual(digest.digest(), other.digest.digest());
        }

        private static MessageDigest sha256() {
            try {
                return MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every Java runtime has SHA-256", e);
            }
        }
    }
}
