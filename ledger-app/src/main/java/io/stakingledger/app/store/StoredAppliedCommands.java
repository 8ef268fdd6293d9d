package io.stakingledger.app.store;

import io.stakingledger.core.common.AppliedCommands;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
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
}
