package io.stakingledger.app.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.stakingledger.app.audit.ChainVerifier;
import io.stakingledger.app.audit.HashChain;
import io.stakingledger.app.store.ViewCheckpoint;
import io.stakingledger.core.common.PoolSnapshot;
import io.stakingledger.core.common.ProgramPool;
import jakarta.annotation.PreDestroy;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.AbstractSnapshotter;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.NoSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.snapshotting.SnapshotFilter;
import org.axonframework.messaging.MetaData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Snapshots of the pool aggregates, so that loading a pool (its first command after a start) folds a stored state
 * and the events after it instead of the pool's whole history.
 *
 * <ul>
 *   <li><b>When.</b> After a pool has folded {@code ledger.pool.snapshot-every} events since it was loaded or last
 *       snapshotted (Axon's event-count trigger); 0 turns snapshots off. The snapshot is made on a thread of its own
 *       after the command's commit, from the store (the last snapshot and the events after it), never from the
 *       cached aggregate, so a command never waits for one.</li>
 *   <li><b>What.</b> A {@link PoolSnapshot} (the program state only; repeated command ids are answered from the
 *       store), with the digest of the build that wrote it and the hash of the last event it folded in its
 *       metadata. Axon keeps one snapshot per pool.</li>
 *   <li><b>When it is believed.</b> Only when it was written by this build of the domain (the digest the view
 *       checkpoint uses) and the store still holds its last event with the same hash. Otherwise it is set aside
 *       with one log line and the pool is folded from its first event, as without snapshots. Deleting every row of
 *       {@code SnapshotEventEntry} is always safe.</li>
 * </ul>
 */
@Component
public class PoolSnapshots {

    static final String BUILD = "build";
    private static final Logger log = LoggerFactory.getLogger(PoolSnapshots.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final int every;
    private final ObjectProvider<ViewCheckpoint> build;
    private final ObjectProvider<ChainVerifier> chain;
    private final Counter taken;
    private final Counter setAside;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(work -> {
        Thread snapshots = new Thread(work, "pool-snapshots");
        snapshots.setDaemon(true);
        return snapshots;
    });
    private volatile Snapshotter snapshotter;

    public PoolSnapshots(@Value("${ledger.pool.snapshot-every:20000}") int every, ObjectProvider<ViewCheckpoint> build,
                         ObjectProvider<ChainVerifier> chain, MeterRegistry registry) {
        if (every < 0) {
            throw new IllegalArgumentException("ledger.pool.snapshot-every must be 0 (no snapshots) or more, got " + every);
        }
        this.every = every;
        this.build = build;
        this.chain = chain;
        this.taken = Counter.builder("ledger.pool.snapshots").description("pool snapshots made (a snapshot at the sequence of the last one is not stored again)").register(registry);
        this.setAside = Counter.builder("ledger.pool.snapshots.set.aside")
                .description("stored pool snapshots not believed (another build, or their last event differs)")
                .register(registry);
    }

    /** The trigger for the pool aggregates: a snapshot every {@code ledger.pool.snapshot-every} events. */
    SnapshotTriggerDefinition trigger(EventStore eventStore, TransactionManager transactions) {
        if (every == 0) {
            return NoSnapshotTriggerDefinition.INSTANCE;
        }
        if (snapshotter == null) {
            synchronized (this) {
                if (snapshotter == null) {
                    Snapshotter.Builder builder = new Snapshotter.Builder();
                    builder.eventStore(eventStore).transactionManager(transactions).executor(thread);
                    snapshotter = new Snapshotter(builder, this);
                }
            }
        }
        return new EventCountSnapshotTriggerDefinition(snapshotter, every);
    }

    /** Which stored snapshots the store may hand out; the others are read past. */
    public SnapshotFilter filter() {
        return this::believed;
    }

    private boolean believed(DomainEventData<?> snapshot) {
        String pool = snapshot.getAggregateIdentifier();
        long sequence = snapshot.getSequenceNumber();
        JsonNode metaData;
        try {
            metaData = JSON.readTree(String.valueOf(snapshot.getMetaData().getData()));
        } catch (IOException unreadable) {
            return setAside(pool, sequence, "its metadata cannot be read");
        }
        if (!build.getObject().build().equals(metaData.path(BUILD).asText())) {
            return setAside(pool, sequence, "it was written by another build");
        }
        String stored;
        try {
            stored = chain.getObject().storedHashAt(pool, sequence);
        } catch (IllegalStateException missing) {
            return setAside(pool, sequence, "the store has no event " + sequence);
        }
        if (!stored.equals(metaData.path(HashChain.HASH).asText())) {
            return setAside(pool, sequence, "the store's event " + sequence + " has another hash");
        }
        return true;
    }

    private boolean setAside(String pool, long sequence, String why) {
        setAside.increment();
        log.info("the snapshot of pool {} at event {} is set aside ({}); the pool is loaded from its first event",
                pool, sequence, why);
        return false;
    }

    @PreDestroy
    void stop() throws InterruptedException {
        thread.shutdown();
        thread.awaitTermination(10, TimeUnit.SECONDS);
    }

    /** Folds a pool from the store (its last snapshot and the events after it) into a new snapshot. */
    static final class Snapshotter extends AbstractSnapshotter {

        private final PoolSnapshots snapshots;

        Snapshotter(Builder builder, PoolSnapshots snapshots) {
            super(builder);
            this.snapshots = snapshots;
        }

        static final class Builder extends AbstractSnapshotter.Builder {
        }

        @Override
        protected DomainEventMessage<?> createSnapshot(Class<?> aggregateType, String aggregateIdentifier,
                                                       DomainEventStream eventStream) {
            ProgramPool<?, ?> pool = newPool(aggregateType);
            DomainEventMessage<?> last = null;
            while (eventStream.hasNext()) {
                last = eventStream.next();
                pool.on(last.getPayload());
            }
            if (last == null) {
                return null;
            }
            Object hash = last.getMetaData().get(HashChain.HASH);
            MetaData metaData = MetaData.with(BUILD, snapshots.build.getObject().build())
                    .and(HashChain.HASH, hash instanceof String text ? text : HashChain.GENESIS);
            GenericDomainEventMessage<PoolSnapshot> snapshot = new GenericDomainEventMessage<>(last.getType(),
                    aggregateIdentifier, last.getSequenceNumber(), pool.snapshot(), metaData);
            snapshots.taken.increment();
            return snapshot;
        }

        private static ProgramPool<?, ?> newPool(Class<?> aggregateType) {
            try {
                var constructor = aggregateType.getDeclaredConstructor();
                constructor.setAccessible(true);
                return (ProgramPool<?, ?>) constructor.newInstance();
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(aggregateType + " has no constructor for event sourcing", e);
            }
        }
    }
}
