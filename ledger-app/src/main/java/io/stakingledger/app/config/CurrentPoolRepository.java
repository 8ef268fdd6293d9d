package io.stakingledger.app.config;

import org.axonframework.common.caching.Cache;
import org.axonframework.eventsourcing.CachingEventSourcingRepository;
import org.axonframework.eventsourcing.EventSourcedAggregate;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;

/**
 * Keeps loaded pools in memory and, on a store that other processes write too, brings a cached pool up
 * to date with every event stored after it before a command is decided. Axon's caching repository hands
 * out the cached aggregate as it is; on a shared store that state may be behind, and a rejection or an
 * idempotency answer decided on it would be wrong without any append to conflict on. Reading the events
 * after the cached sequence is one indexed query per command.
 *
 * <p>On an exclusive store (an embedded H2 file, opened by this process alone) every stored event went
 * through this repository, and a rolled-back unit of work evicts its pool, so the cache is current.
 */
final class CurrentPoolRepository<T> extends CachingEventSourcingRepository<T> {

    private final EventStore eventStore;
    private final Cache cache;
    private final boolean sharedStore;

    CurrentPoolRepository(EventSourcingRepository.Builder<T> builder, EventStore eventStore, Cache cache,
                          boolean sharedStore) {
        super(builder);
        this.eventStore = eventStore;
        this.cache = cache;
        this.sharedStore = sharedStore;
    }

    @Override
    protected EventSourcedAggregate<T> doLoadWithLock(String aggregateIdentifier, Long expectedVersion) {
        boolean cached = cache.containsKey(aggregateIdentifier);
        EventSourcedAggregate<T> aggregate = super.doLoadWithLock(aggregateIdentifier, expectedVersion);
        if (cached && sharedStore) {
            Long version = aggregate.version();
            DomainEventStream newer = eventStore.readEvents(aggregateIdentifier, version == null ? 0 : version + 1);
            if (newer.hasNext()) {
                aggregate.initializeState(newer);
            }
        }
        return aggregate;
    }
}
