package io.stakingledger.app.api;

import io.stakingledger.app.audit.HashChain;
import io.stakingledger.app.ops.LedgerMetrics;
import io.stakingledger.app.store.LedgerStore;
import io.stakingledger.app.store.StoreCheckpoint;
import io.stakingledger.app.store.StoreRecovery;
import io.stakingledger.app.store.StoreCheckpoint.Head;
import io.stakingledger.app.store.ViewCheckpoint;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.DomainEventMessage;
import io.stakingledger.projections.LedgerViews;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

/**
 * Feeds the read models from the event store, in global order, from wherever they stopped.
 *
 * <p>Read-your-writes without waiting: a view request first pulls every event committed so far
 * ({@link #catchUp()}), so an answer always reflects the commands that completed before it. A
 * background poll keeps the views warm and picks up events written by other nodes. Gap-aware tracking
 * tokens of the JDBC engine make sure an event committed late into a lower index is not skipped.
 *
 * <p>When this process is the store's only writer (an embedded H2 database: its file is locked to one
 * process), a request only reads the store when this process has committed events since the last
 * catch-up: every append sets a flag once its transaction has committed, so a command that completed
 * before the request is always seen, and a request that finds nothing new costs no query. With a shared
 * store (PostgreSQL, H2 over TCP or with AUTO_SERVER) every request reads the store, as other nodes
 * may have written (see {@link LedgerStore}).
 */
@Component
public class ViewFeeder implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ViewFeeder.class);

    private final EventStorageEngine storage;
    private final StoreCheckpoint checkpoint;
    private final StoreRecovery recovery;
    private final LedgerMetrics metrics;
    private final ApplicationEventPublisher events;
    private final LedgerViews views;
    private final Duration pollInterval;
    private final boolean exclusiveStore;
    /** Set once events this process appended are committed; cleared by a catch-up that reads them. */
    private final AtomicBoolean committedSinceCatchUp = new AtomicBoolean(true);
    private final ViewCheckpoint viewCheckpoint;
    private final long checkpointEvery;
    /** Per pool, the last event the views folded: written with a view checkpoint, checked against the store on load. */
    private final Map<String, Head> heads = new HashMap<>();
    private long appliedSinceCheckpoint;
    private volatile StartReport startReport;
    private TrackingToken token;
    private ScheduledExecutorService poller;
    private volatile boolean running;
    private boolean pollFailing;
    private volatile boolean rebuilding;

    public ViewFeeder(EventStorageEngine storage, LedgerViews views, EventStore eventStore, LedgerStore store,
                      StoreCheckpoint checkpoint, StoreRecovery recovery, LedgerMetrics metrics,
                      ApplicationEventPublisher events, ViewCheckpoint viewCheckpoint,
                      @Value("${ledger.views.poll-interval:PT0.5S}") Duration pollInterval,
                      @Value("${ledger.views.checkpoint.every-events:200000}") long checkpointEvery) {
        this.viewCheckpoint = viewCheckpoint;
        this.checkpointEvery = checkpointEvery;
        this.metrics = metrics;
        this.events = events;
        this.storage = storage;
        this.recovery = recovery;
        this.checkpoint = checkpoint;
        this.views = views;
        this.pollInterval = pollInterval;
        this.exclusiveStore = store.exclusive();
        eventStore.subscribe(appended -> {
            if (CurrentUnitOfWork.isStarted()) {
                CurrentUnitOfWork.get().root().afterCommit(unitOfWork -> committedSinceCatchUp.set(true));
            } else {
                committedSinceCatchUp.set(true);
            }
        });
    }

    /**
     * Makes the views reflect every event committed so far: reads the store unless this process is its
     * only writer and has committed nothing since the last catch-up. Returns how many events were applied.
     */
    public synchronized long catchUp() {
        // synchronized: a request that finds the flag clear must still wait for a read in progress
        if (exclusiveStore && !committedSinceCatchUp.get()) {
            return 0;
        }
        return read();
    }

    /** Reads the store whatever this process wrote: for a pool the views do not know yet. */
    public synchronized long refresh() {
        return read();
    }

    /** Applies every event stored after the views' position; returns how many were applied. */
    private synchronized long read() {
        // cleared before reading: a commit during the read sets it again, so the next request reads too
        committedSinceCatchUp.set(false);
        long applied = 0;
        try (Stream<? extends TrackedEventMessage<?>> events = storage.readEvents(token, false)) {
            Iterator<? extends TrackedEventMessage<?>> iterator = events.iterator();
            while (iterator.hasNext()) {
                TrackedEventMessage<?> message = iterator.next();
                TrackingToken next = message.trackingToken();
                long position = next.position().orElse(-1);
                feed(message, position);
                token = next;
                applied++;
                if (rebuilding) {
                    metrics.rebuildProgress().set(applied);
                }
            }
        } catch (RuntimeException e) {
            committedSinceCatchUp.set(true);
            throw e;
        }
        return applied;
    }

    /**
     * Applies one stored event. Payload and metadata are deserialized here, lazily; a stored event that no
     * longer reads (edited by hand, written by a newer version without an upcaster here) makes its own pool
     * unreadable and the feed goes on, so one damaged row cannot stop every other pool's views and commands.
     */
    private void feed(TrackedEventMessage<?> message, long position) {
        if (!(message instanceof DomainEventMessage<?> stored)) {
            views.apply(message.getPayload(), position);
            return;
        }
        Object payload;
        String hash;
        try {
            payload = stored.getPayload();
            hash = (String) stored.getMetaData().get(HashChain.HASH);
        } catch (RuntimeException unreadable) {
            views.markUnreadable(stored.getAggregateIdentifier(), "its event #" + stored.getSequenceNumber()
                    + " (stored at global index " + position + ") could not be read: " + unreadable.getMessage(), position);
            log.error("stored event {} #{} could not be read", stored.getAggregateIdentifier(),
                    stored.getSequenceNumber(), unreadable);
            return;
        }
        views.apply(payload, position);
        checkpoint.stored(stored.getAggregateIdentifier(), stored.getSequenceNumber(), hash, position);
        heads.put(stored.getAggregateIdentifier(), new Head(stored.getSequenceNumber(), hash == null ? "(none)" : hash));
        appliedSinceCheckpoint++;
    }

    /**
     * Drops every read model and rebuilds them from the first stored event. Readiness is down meanwhile
     * (a load balancer sends requests elsewhere) and {@code ledger_rebuild_events} shows the progress.
     */
    public synchronized long rebuild() {
        AvailabilityChangeEvent.publish(events, this, ReadinessState.REFUSING_TRAFFIC);
        try {
            views.reset();
            heads.clear();
            token = null;
            return readCounting();
        } finally {
            AvailabilityChangeEvent.publish(events, this, ReadinessState.ACCEPTING_TRAFFIC);
        }
    }

    private long readCounting() {
        rebuilding = true;
        try {
            return read();
        } finally {
            rebuilding = false;
            metrics.rebuildProgress().set(0);
        }
    }

    /** The global index of the last event the views applied (-1 before the first). */
    public synchronized long position() {
        return token == null ? -1 : token.position().orElse(-1);
    }

    /**
     * How the views came up at start: from a checkpoint at {@code checkpointIndex} (-1: from the first event),
     * then {@code eventsFolded} events stored after it, in {@code millis}.
     */
    public record StartReport(boolean fromCheckpoint, long checkpointIndex, long eventsFolded, long millis) {
    }

    public StartReport startReport() {
        return startReport;
    }

    /**
     * Writes the views to the view checkpoint as they stand: serialized while no event is applied, written
     * to disk after. Called at shutdown, after a start that folded many events, and every
     * {@code ledger.views.checkpoint.every-events} events.
     */
    public void writeCheckpoint() {
        byte[] encoded;
        synchronized (this) {
            if (viewCheckpoint.file().isEmpty() || !(token instanceof GapAwareTrackingToken position)) {
                return;
            }
            encoded = viewCheckpoint.encode(viewCheckpoint.snapshot(position.getIndex(),
                    position.getGaps().stream().mapToLong(Long::longValue).toArray(), new HashMap<>(heads), views.image()));
            appliedSinceCheckpoint = 0;
        }
        try {
            viewCheckpoint.write(encoded);
        } catch (IOException e) {
            log.warn("the view checkpoint {} could not be written ({}); the next start folds more events",
                    viewCheckpoint.file().orElseThrow(), e.getMessage());
        }
    }

    @Override
    public void start() {
        long started = System.nanoTime();
        Optional<ViewCheckpoint.Snapshot> restored = restore();
        long applied = readCounting();
        long millis = (System.nanoTime() - started) / 1_000_000;
        startReport = new StartReport(restored.isPresent(), restored.map(ViewCheckpoint.Snapshot::tokenIndex).orElse(-1L),
                applied, millis);
        if (restored.isPresent()) {
            log.info("views restored from the checkpoint at global index {} and {} events stored since, in {} ms",
                    restored.get().tokenIndex(), applied, millis);
        } else {
            log.info("views rebuilt from {} stored events in {} ms", applied, millis);
        }
        poller = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "view-feeder");
            thread.setDaemon(true);
            return thread;
        });
        poller.scheduleWithFixedDelay(this::pollQuietly, pollInterval.toMillis(), pollInterval.toMillis(),
                TimeUnit.MILLISECONDS);
        if (applied >= checkpointEvery || restored.isEmpty() && applied > 0) {
            poller.execute(this::writeCheckpointQuietly);
        }
        running = true;
    }

    private synchronized Optional<ViewCheckpoint.Snapshot> restore() {
        Optional<ViewCheckpoint.Snapshot> snapshot = viewCheckpoint.load();
        snapshot.ifPresent(restored -> {
            views.restore(restored.views());
            heads.putAll(restored.heads());
            token = GapAwareTrackingToken.newInstance(restored.tokenIndex(),
                    java.util.Arrays.stream(restored.tokenGaps()).boxed().toList());
        });
        return snapshot;
    }

    private void writeCheckpointQuietly() {
        try {
            writeCheckpoint();
        } catch (RuntimeException e) {
            log.warn("the view checkpoint could not be written; the next start folds more events", e);
        }
    }

    /** Logs when polling starts failing and when it works again, not at every poll: a full disk must not fill the log. */
    private void pollQuietly() {
        try {
            read();
            if (appliedSinceCheckpoint >= checkpointEvery) {
                writeCheckpointQuietly();
            }
            if (pollFailing) {
                pollFailing = false;
                log.info("view catch-up works again");
            }
        } catch (RuntimeException e) {
            if (!pollFailing) {
                pollFailing = true;
                log.warn("view catch-up failed; retrying at every poll, logged again once it works", e);
            }
            recovery.afterFailure();
        }
    }

    @Override
    public void stop() {
        running = false;
        if (poller != null) {
            poller.shutdownNow();
            try {
                poller.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        writeCheckpointQuietly();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Before the web server opens (its phase is higher), so the first request meets complete views. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE / 2;
    }
}
