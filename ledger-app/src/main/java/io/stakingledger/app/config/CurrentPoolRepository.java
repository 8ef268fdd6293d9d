package io.stakingledger.app.config;

import io.micrometer.core.instrument.Counter;
import io.stakingledger.core.common.CommandRejected;
import io.stakingledger.core.common.PoolSnapshot;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventsourcing.AggregateCacheEntry;
import org.axonframework.eventsourcing.CachingEventSourcingRepository;
import org.axonframework.eventsourcing.EventSourcedAggregate;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.ExecutionResult;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Keeps loaded pools in memory and, on a store that other processes write too, brings a cached pool up
 * to date with every event stored after it before a command is decided. Axon's caching repository hands
 * out the cached aggregate as it is; on a shared store that state may be behind, and a rejection or an
 * idempotency answer decided on it would be wrong without any append to conflict on. Reading the events
 * after the cached sequence is one indexed query per command.
 *
 * <p>On an exclusive store (an embedded H2 file, opened by this process alone) every stored event went
 * through this repository, and a rolled-back unit of work evicts its pool, so the cache is current.
 *
 * <p>A refused command is the exception to that eviction: the aggregate decides the whole list of events
 * before it applies any ({@code ProgramPool}), so a command that ends in {@link CommandRejected} with the
 * pool's version unchanged has left the cached state exactly as stored. Evicting it anyway made every
 * refusal cost the next command a read of the pool's whole history (1.3 to 3.2 s on a pool of 66,312
 * events): a cheap way to slow a pool down for everyone. Such a pool stays cached; a refusal inside an atomic
 * bulk (a nested unit of work, whose pool state holds the bulk's earlier, now discarded events) still evicts.
 * {@code ledger_pool_loads_total} counts the pools read from the store, {@code ledger_pool_snapshot_loads_total}
 * those of them that started from a snapshot ({@link PoolSnapshots}).
 */
final class CurrentPoolRepository<T> extends CachingEventSourcingRepository<T> {

    private final EventStore eventStore;
    private final Cache cache;
    private final boolean sharedStore;
    private final Counter loads;
    private final Counter snapshotLoads;

    CurrentPoolRepository(EventSourcingRepository.Builder<T> builder, EventStore eventStore, Cache cache,
                          boolean sharedStore, Counter loads, Counter snapshotLoads) {
        super(builder);
        this.eventStore = eventStore;
        this.cache = cache;
        this.sharedStore = sharedStore;
        this.loads = loads;
        this.snapshotLoads = snapshotLoads;
    }

    /** The pool's events as the store hands them out: from its snapshot when it has one it may use. */
    @Override
    protected DomainEventStream readEvents(String aggregateIdentifier) {
        DomainEventStream events = super.readEvents(aggregateIdentifier);
        if (events.hasNext() && events.peek().getPayload() instanceof PoolSnapshot) {
            snapshotLoads.increment();
        }
        return events;
    }

    /** A pool as this unit of work loaded it: the aggregate and its version before the command ran. */
    private record Loaded<T>(EventSourcedAggregate<T> aggregate, Long version) {

        boolean untouched() {
            return Objects.equals(aggregate.version(), version);
        }
    }

    @Override
    protected EventSourcedAggregate<T> doLoadWithLock(String aggregateIdentifier, Long expectedVersion) {
        boolean cached = cache.containsKey(aggregateIdentifier);
        AtomicReference<Loaded<T>> loaded = new AtomicReference<>();
        keepCachedWhenRefused(aggregateIdentifier, loaded);
        EventSourcedAggregate<T> aggregate = super.doLoadWithLock(aggregateIdentifier, expectedVersion);
        if (!cached) {
            loads.increment();
        }
        if (cached && sharedStore) {
            Long version = aggregate.version();
            DomainEventStream newer = eventStore.readEvents(aggregateIdentifier, version == null ? 0 : version + 1);
            if (newer.hasNext()) {
                aggregate.initializeState(newer);
            }
        }
        loaded.set(new Loaded<>(aggregate, aggregate.version()));
        return aggregate;
    }

    /**
     * Registered before the caching repository's own eviction handlers: rollback handlers run in reverse
     * order of registration, so this one runs after them and puts back a pool that a refusal left untouched.
     */
    private void keepCachedWhenRefused(String aggregateIdentifier, AtomicReference<Loaded<T>> loaded) {
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get();
        if (!unitOfWork.isRoot()) {
            return;
        }
        unitOfWork.onRollback(u -> {
            Loaded<T> pool = loaded.get();
            if (pool != null && pool.untouched() && refused(u.getExecutionResult())) {
                cache.put(aggregateIdentifier, new AggregateCacheEntry<>(pool.aggregate()));
            }
        });
    }

    private static boolean refused(ExecutionResult result) {
        if (result == null || !result.isExceptionResult()) {
            return false;
        }
        for (Throwable cause = result.getExceptionResult(); cause != null; cause = cause.getCause()) {
            if (cause instanceof CommandRejected) {
                return true;
            }
        }
        return false;
    }
}
