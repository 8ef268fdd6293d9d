package io.stakingledger.core.pointsboost;

import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.Message;
import org.axonframework.modelling.command.AggregateAnnotationCommandHandler;

import java.util.List;

/**
 * Runs commands through a real Axon command bus into an in-memory event store and reads the pool's
 * events back, for tests that need the events a command history produces (the aggregate fixture would
 * need Hamcrest at run time).
 */
final class PointsBoostCommandRunner {

    private final EmbeddedEventStore eventStore =
            EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
    private final CommandGateway gateway;

    PointsBoostCommandRunner() {
        SimpleCommandBus bus = SimpleCommandBus.builder().build();
        EventSourcingRepository<PointsBoostPool> repository =
                EventSourcingRepository.builder(PointsBoostPool.class).eventStore(eventStore).build();
        AggregateAnnotationCommandHandler.<PointsBoostPool>builder()
                .aggregateType(PointsBoostPool.class)
                .repository(repository)
                .build()
                .subscribe(bus);
        gateway = DefaultCommandGateway.builder().commandBus(bus).build();
    }

    PointsBoostCommandRunner send(Object... commands) {
        for (Object command : commands) {
            gateway.sendAndWait(command);
        }
        return this;
    }

    List<Object> events(String poolId) {
        return eventStore.readEvents(poolId).asStream().map(Message::getPayload).map(Object.class::cast).toList();
    }

    void shutDown() {
        eventStore.shutDown();
    }
}
