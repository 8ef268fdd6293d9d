package io.stakingledger.app.store;

import io.stakingledger.core.common.AppliedCommands;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

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

    /** The rows a pool's events name, compared at the end with the rows the table holds (verify). */
    public final class Audit {

        private final String poolId;
        private final AppliedCommandRows expected = new AppliedCommandRows();

        private Audit(String poolId) {
            this.poolId = poolId;
        }

        public void add(DomainEventMessage<?> event) {
            expected.add(event);
        }

        public AppliedCommandsCheck finish() {
            List<AppliedCommandRows.Row> named = expected.rows();
            Map<String, AppliedCommandRows.Row> stored = new HashMap<>();
            jdbc.query("SELECT commandId, fingerprint, firstSequence, lastSequence FROM AppliedCommand "
                    + "WHERE aggregateIdentifier = ?", (RowCallbackHandler) row -> stored.put(row.getString(1),
                    new AppliedCommandRows.Row(poolId, row.getString(1), row.getString(2), row.getLong(3), row.getLong(4))),
                    poolId);
            long storedCount = stored.size();
            String firstDifference = null;
            for (AppliedCommandRows.Row row : named) {
                AppliedCommandRows.Row held = stored.remove(row.commandId());
                if (firstDifference == null && !row.equals(held)) {
                    firstDifference = "commandId " + row.commandId() + " (events " + row.firstSequence() + " to "
                            + row.lastSequence() + "): " + (held == null ? "no row" : "its row says events "
                            + held.firstSequence() + " to " + held.lastSequence() + ", fingerprint " + held.fingerprint());
                }
            }
            if (firstDifference == null && !stored.isEmpty()) {
                firstDifference = "commandId " + stored.keySet().stream().sorted().findFirst().orElseThrow()
                        + ": a row that no event names";
            }
            return new AppliedCommandsCheck(firstDifference == null, named.size(), storedCount, firstDifference);
        }
    }
}
