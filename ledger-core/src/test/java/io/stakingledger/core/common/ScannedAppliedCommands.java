package io.stakingledger.core.common;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * The applied commands of a test's in-memory event store, found by reading the pool's events and their
 * {@code commandId} metadata: the same answers the application's indexed store gives, by a full read that
 * only a small test history can afford.
 */
public final class ScannedAppliedCommands implements AppliedCommands {

    private final EventStore store;

    public ScannedAppliedCommands(EventStore store) {
        this.store = store;
    }

    @Override
    public Optional<AppliedCommand> find(String poolId, String commandId) {
        List<Object> events = new ArrayList<>();
        String fingerprint = null;
        Iterator<? extends DomainEventMessage<?>> history = store.readEvents(poolId).asStream().iterator();
        while (history.hasNext()) {
            DomainEventMessage<?> event = history.next();
            if (commandId.equals(event.getMetaData().get(Idempotency.METADATA_KEY))) {
                events.add(event.getPayload());
                if (event.getMetaData().get(Idempotency.FINGERPRINT_METADATA_KEY) instanceof String text) {
                    fingerprint = text;
                }
            } else if (!events.isEmpty()) {
                break;
            }
        }
        return events.isEmpty() ? Optional.empty() : Optional.of(new AppliedCommand(commandId, fingerprint, events));
    }
}
