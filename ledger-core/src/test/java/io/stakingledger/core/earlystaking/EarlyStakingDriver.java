package io.stakingledger.core.earlystaking;

import io.stakingledger.core.common.CommandOutcome;
import io.stakingledger.core.common.CommandRejected;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.Message;
import org.axonframework.modelling.command.AggregateAnnotationCommandHandler;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs commands through the real aggregate on an in-memory event store, keeping the fold of every
 * stored event so properties can inspect the pool between commands. Rejections are returned, not thrown.
 */
final class EarlyStakingDriver {

    private final EmbeddedEventStore store;
    private final CommandGateway gateway;
    private final EarlyStakingState state = new EarlyStakingState();
    private final List<Object> events = new ArrayList<>();

    EarlyStakingDriver() {
        store = EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
        SimpleCommandBus bus = SimpleCommandBus.builder().build();
        EventSourcingRepository<EarlyStakingPool> repository = EventSourcingRepository.builder(EarlyStakingPool.class)
                .eventStore(store).build();
        AggregateAnnotationCommandHandler.<EarlyStakingPool>builder().aggregateType(EarlyStakingPool.class)
                .repository(repository).build().subscribe(bus);
        gateway = DefaultCommandGateway.builder().commandBus(bus).build();
    }

    /** Sends the command; returns the new events, or null when it was rejected. */
    List<Object> send(Object command) {
        try {
            Object result = gateway.sendAndWait(command);
            List<Object> added = result instanceof CommandOutcome outcome ? outcome.events() : storedSince();
            added.forEach(state::evolve);
            events.addAll(added);
            return added;
        } catch (CommandRejected rejected) {
            return null;
        }
    }

    private List<Object> storedSince() {
        List<Object> all = store.readEvents(EarlyStakingExamples.POOL).asStream().map(Message::getPayload)
                .map(Object.class::cast).toList();
        return new ArrayList<>(all.subList(events.size(), all.size()));
    }

    EarlyStakingState state() {
        return state;
    }

    List<Object> events() {
        return events;
    }

    /** The pool as stored, folded afresh from the event store. */
    EarlyStakingState replayed() {
        EarlyStakingState fresh = new EarlyStakingState();
        store.readEvents(EarlyStakingExamples.POOL).asStream().map(Message::getPayload).forEach(fresh::evolve);
        return fresh;
    }
}
