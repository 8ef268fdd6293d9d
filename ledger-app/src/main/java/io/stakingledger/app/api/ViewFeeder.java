package io.stakingledger.app.api;

import io.stakingledger.projections.LedgerViews;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Iterator;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Feeds the read models from the event store, in global order, from wherever they stopped.
 *
 * <p>Read-your-writes without waiting: a view request first pulls every event committed so far
 * ({@link #catchUp()}), so an answer always reflects the commands that completed before it. A
 * background poll keeps the views warm and picks up events written by other nodes. Gap-aware tracking
 * tokens of the JDBC engine make sure an event committed late into a lower index is not skipped.
 */
@Component
public class ViewFeeder implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ViewFeeder.class);

    private final EventStorageEngine storage;
    private final LedgerViews views;
    private final Duration pollInterval;
    private TrackingToken token;
    private ScheduledExecutorService poller;
    private volatile boolean running;

    public ViewFeeder(EventStorageEngine storage, LedgerViews views,
                      @Value("${ledger.views.poll-interval:PT0.5S}") Duration pollInterval) {
        this.storage = storage;
        this.views = views;
        this.pollInterval = pollInterval;
    }

    /** Applies every event stored after the views' position; returns how many were applied. */
    public synchronized long catchUp() {
        long applied = 0;
        try (Stream<? extends TrackedEventMessage<?>> events = storage.readEvents(token, false)) {
            Iterator<? extends TrackedEventMessage<?>> iterator = events.iterator();
            while (iterator.hasNext()) {
                TrackedEventMessage<?> message = iterator.next();
                TrackingToken next = message.trackingToken();
                views.apply(message.getPayload(), next.position().orElse(-1));
                token = next;
                applied++;
            }
        }
        return applied;
    }

    /** Drops every read model and rebuilds them from the first stored event. */
    public synchronized long rebuild() {
        views.reset();
        token = null;
        return catchUp();
    }

    @Override
    public void start() {
        long started = System.nanoTime();
        long applied = catchUp();
        log.info("views rebuilt from {} stored events in {} ms", applied, (System.nanoTime() - started) / 1_000_000);
        poller = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "view-feeder");
            thread.setDaemon(true);
            return thread;
        });
        poller.scheduleWithFixedDelay(this::pollQuietly, pollInterval.toMillis(), pollInterval.toMillis(),
                TimeUnit.MILLISECONDS);
        running = true;
    }

    private void pollQuietly() {
        try {
            catchUp();
        } catch (RuntimeException e) {
            log.warn("view catch-up failed; retrying at the next poll", e);
        }
    }

    @Override
    public void stop() {
        running = false;
        if (poller != null) {
            poller.shutdownNow();
        }
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
