package io.stakingledger.app.publication;

import io.stakingledger.app.history.EventExport;
import io.stakingledger.app.history.ExportedEvent;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataAccessException;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.support.ProducerListener;
import org.springframework.kafka.support.SendResult;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Publishes every stored event to Kafka, in the store's global order, on a thread of its own: never on
 * a command's path, so a broker that cannot be reached never blocks or slows a command.
 *
 * <p>Each round: hold the lease ({@link PublicationStore#claim}); read the next events after the
 * published position with the export's own code ({@link EventExport#events}, which waits for young gaps
 * in the global index); send them keyed by pool with the export line as value; wait for every
 * acknowledgement ({@code acks=all}, idempotent producer); then advance the stored position in one
 * conditional UPDATE. A failure before that UPDATE sends the same events again: at-least-once, with the
 * cursor as the consumer's idempotency key. After a crash the next holder starts from the stored
 * position, so nothing is skipped.
 *
 * <p>While the broker cannot be reached it retries with a growing pause and logs only when its state
 * changes. Lag (store head − published position) is kept for the {@code ledger.kafka.lag} gauge.
 */
public class KafkaPublisher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(KafkaPublisher.class);
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(200);

    /** What the publisher is doing, for the log (each change once) and for tests. */
    public enum State { STARTING, STANDING_BY, PUBLISHING, BROKER_UNAVAILABLE, STORE_UNAVAILABLE, STOPPED }

    private final EventExport export;
    private final PublicationStore store;
    private final ProducerFactory<String, byte[]> producers;
    private final KafkaTemplate<String, byte[]> kafka;
    private final KafkaAdmin admin;
    private final PublisherSettings settings;

    private final AtomicLong head = new AtomicLong();
    private final AtomicLong position = new AtomicLong();
    private final AtomicLong published = new AtomicLong();
    private volatile State state = State.STOPPED;
    private volatile boolean running;
    private Thread thread;

    private volatile boolean holding;
    private long heldSince;
    private boolean topicReady;
    private Duration backoff = FIRST_BACKOFF;
    private long retryAt;

    public KafkaPublisher(EventExport export, PublicationStore store, ProducerFactory<String, byte[]> producers,
                          KafkaAdmin admin, PublisherSettings settings) {
        this.export = export;
        this.store = store;
        this.producers = producers;
        this.kafka = new KafkaTemplate<>(producers);
        // Failures are logged once per change of state (enter), not once per record as the default listener does.
        this.kafka.setProducerListener(new ProducerListener<>() {
        });
        this.admin = admin;
        this.settings = settings;
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        state = State.STARTING;
        thread = new Thread(this::run, "kafka-publisher");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void stop() {
        Thread publishing;
        synchronized (this) {
            if (!running) {
                return;
            }
            running = false;
            publishing = thread;
        }
        publishing.interrupt();
        try {
            publishing.join(settings.ackTimeout().plusSeconds(5).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** After the views and the web server: publishing is background work. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 1000;
    }

    /** Store head index − published position, as last read from the store (every node sees the same). */
    public long lag() {
        return Math.max(0, head.get() - position.get());
    }

    /** 1 while this node holds the lease and publishes, else 0. */
    public int leading() {
        return holding ? 1 : 0;
    }

    public State state() {
        return state;
    }

    /** Events this node has had acknowledged by the broker since it started. */
    public long publishedByThisNode() {
        return published.get();
    }

    public PublisherSettings settings() {
        return settings;
    }

    private void run() {
        log.info("publishing every stored event to Kafka topic {} as node {}", settings.topic(), settings.nodeId());
        try {
            while (running) {
                try {
                    round();
                } catch (DataAccessException e) {
                    holding = false;
                    enter(State.STORE_UNAVAILABLE, e);
                    pause(backoffAfterFailure());
                }
            }
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        } finally {
            shutDown();
        }
    }

    private void round() throws InterruptedException {
        store.ensure(settings.topic());
        store.row(settings.topic()).ifPresent(row -> position.set(row.position()));
        head.set(store.head());
        if (!holdLease()) {
            enter(State.STANDING_BY, null);
            pause(settings.pollInterval());
            return;
        }
        long wait = retryAt - System.nanoTime();
        if (wait > 0) {
            pause(Duration.ofNanos(Math.min(wait, settings.pollInterval().toNanos())));
            return;
        }
        Optional<Exception> failure = publishNext();
        if (failure.isPresent()) {
            enter(State.BROKER_UNAVAILABLE, failure.get());
            producers.reset();
            topicReady = false;
            retryAt = System.nanoTime() + backoffAfterFailure().toNanos();
        } else {
            backoff = FIRST_BACKOFF;
        }
    }

    /** Claims or renews the lease when due; true while this node may publish. */
    private boolean holdLease() {
        long now = System.nanoTime();
        if (holding && now - heldSince < settings.renewEvery().toNanos()) {
            return true;
        }
        boolean held = store.claim(settings.topic(), settings.nodeId(), settings.lease());
        if (held && !holding) {
            log.info("node {} holds the publication lease of {} from position {}", settings.nodeId(), settings.topic(),
                    position.get());
        }
        if (!held && holding) {
            log.warn("node {} lost the publication lease of {} to another node", settings.nodeId(), settings.topic());
        }
        holding = held;
        // Measured from before the claim, so this node's view of its lease never outlasts the store's.
        heldSince = now;
        return held;
    }

    /** Sends the next batch and stores the new position; a failure to report, or empty when all went well. */
    private Optional<Exception> publishNext() throws InterruptedException {
        try {
            ensureTopic();
            long from = position.get();
            List<ExportedEvent> batch = export.events(from, settings.batchSize());
            if (batch.isEmpty()) {
                enter(State.PUBLISHING, null);
                pause(settings.pollInterval());
                return Optional.empty();
            }
            if (leaseLeft().compareTo(settings.ackTimeout()) < 0 && !renewNow()) {
                return Optional.empty();
            }
            sendAndAwaitAcks(batch);
            long to = batch.get(batch.size() - 1).cursor();
            if (!store.advance(settings.topic(), settings.nodeId(), from, to)) {
                log.warn("node {} no longer holds the publication lease of {}; another node publishes from here",
                        settings.nodeId(), settings.topic());
                holding = false;
                return Optional.empty();
            }
            position.set(to);
            published.addAndGet(batch.size());
            enter(State.PUBLISHING, null);
            return Optional.empty();
        } catch (ExecutionException e) {
            return Optional.of(e.getCause() instanceof Exception cause ? cause : e);
        } catch (TimeoutException e) {
            return Optional.of(new TimeoutException("the broker did not acknowledge within " + settings.ackTimeout()));
        } catch (org.apache.kafka.common.KafkaException | org.springframework.kafka.KafkaException e) {
            return Optional.of(e);
        }
    }

    private void sendAndAwaitAcks(List<ExportedEvent> batch)
            throws InterruptedException, ExecutionException, TimeoutException {
        long deadline = System.nanoTime() + settings.ackTimeout().toNanos();
        List<CompletableFuture<SendResult<String, byte[]>>> acks = new ArrayList<>(batch.size());
        for (ExportedEvent event : batch) {
            acks.add(kafka.send(record(event)));
        }
        long left = Math.max(1, deadline - System.nanoTime());
        CompletableFuture.allOf(acks.toArray(CompletableFuture[]::new)).get(left, TimeUnit.NANOSECONDS);
    }

    private ProducerRecord<String, byte[]> record(ExportedEvent event) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(settings.topic(), event.pool(),
                export.bytes(event.line()));
        header(record, "type", event.type());
        header(record, "revision", event.revision());
        header(record, "cursor", Long.toString(event.cursor()));
        header(record, "sequence", Long.toString(event.sequence()));
        header(record, "publisher", settings.nodeId());
        return record;
    }

    private static void header(ProducerRecord<String, byte[]> record, String name, String value) {
        if (value != null) {
            record.headers().add(new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8)));
        }
    }

    private void ensureTopic() {
        if (topicReady || !settings.createTopic()) {
            return;
        }
        Optional<Short> replicas = settings.replicas() > 0 ? Optional.of(settings.replicas()) : Optional.empty();
        admin.createOrModifyTopics(new NewTopic(settings.topic(), Optional.of(settings.partitions()), replicas));
        topicReady = true;
    }

    private Duration leaseLeft() {
        return settings.lease().minusNanos(System.nanoTime() - heldSince);
    }

    private boolean renewNow() {
        holding = false;
        return holdLease();
    }

    private Duration backoffAfterFailure() {
        Duration now = backoff;
        backoff = backoff.multipliedBy(2).compareTo(settings.maxBackoff()) > 0 ? settings.maxBackoff() : backoff.multipliedBy(2);
        return now;
    }

    /** Logs a change of state once (with the cause, for failures), never a line per attempt. */
    private void enter(State next, Exception cause) {
        if (state == next) {
            return;
        }
        State previous = state;
        state = next;
        switch (next) {
            case BROKER_UNAVAILABLE -> log.warn("Kafka cannot take the events ({}); publishing is retried, lag {} and "
                    + "growing; logged again once it works", describe(cause), lag());
            case STORE_UNAVAILABLE -> log.warn("the publisher cannot read the store ({}); retrying", describe(cause));
            case PUBLISHING -> {
                if (previous == State.BROKER_UNAVAILABLE || previous == State.STORE_UNAVAILABLE) {
                    log.info("publishing to Kafka topic {} works again, lag {}", settings.topic(), lag());
                }
            }
            default -> log.debug("publisher {}", next);
        }
    }

    private static String describe(Exception cause) {
        return cause == null ? "" : cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }

    private static void pause(Duration duration) throws InterruptedException {
        Thread.sleep(Math.max(1, duration.toMillis()));
    }

    private void shutDown() {
        // Stopping interrupts this thread; clear it so the release and the producer's close can finish.
        Thread.interrupted();
        if (holding) {
            try {
                store.release(settings.topic(), settings.nodeId());
                log.info("node {} released the publication lease of {} at position {}", settings.nodeId(),
                        settings.topic(), position.get());
            } catch (DataAccessException e) {
                log.warn("node {} could not release the publication lease; it ends by itself after {}",
                        settings.nodeId(), settings.lease());
            }
        }
        holding = false;
        producers.reset();
        state = State.STOPPED;
    }
}
