package io.stakingledger.app.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stakingledger.app.audit.HashChain;
import io.stakingledger.app.config.JsonConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A record, kept outside the store, of what the store is known to hold: the highest global index and,
 * per pool, the sequence number and hash of its last event. The ledger refuses to start on a store that
 * is behind it or differs from it (a truncated, emptied or replaced file), instead of serving an
 * incomplete history as if it were whole; {@code scripts/ledger verify} reports the same comparison.
 *
 * <p>It is filled from the events the views read (committed events only, from every node) and written
 * at most once per {@code ledger.checkpoint.interval} and at shutdown: to a temporary file, forced to
 * disk, then moved over the old one atomically, so a crash leaves either the old or the new record.
 * Being written after the store committed, it never claims more than the store holds.
 *
 * <p>An operator who restores an older store on purpose moves the checkpoint file aside first.
 */
@Component
public class StoreCheckpoint implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(StoreCheckpoint.class);
    private static final ObjectMapper JSON = JsonConfiguration.eventMapper();

    /** What the checkpoint says of one pool: its last event's sequence number and hash. */
    public record Head(long sequence, String hash) implements java.io.Serializable {
    }

    /** The checkpoint's content. */
    public record Content(int format, Instant written, long lastGlobalIndex, Map<String, Head> pools) {
    }

    private final Optional<Path> file;
    private final JdbcTemplate jdbc;
    private final boolean writes;
    private final Duration interval;
    private final Map<String, Head> heads = new ConcurrentHashMap<>();
    private final AtomicLong lastGlobalIndex = new AtomicLong(-1);
    private final AtomicBoolean changed = new AtomicBoolean();
    private ScheduledExecutorService writer;
    private volatile boolean running;

    public StoreCheckpoint(LedgerStore store, JdbcTemplate jdbc,
                           @Value("${ledger.checkpoint.file:}") String file,
                           @Value("${ledger.checkpoint.enabled:true}") boolean enabled,
                           @Value("${ledger.checkpoint.check-on-start:true}") boolean checkOnStart,
                           @Value("${ledger.checkpoint.write:true}") boolean writes,
                           @Value("${ledger.checkpoint.interval:PT1S}") Duration interval) {
        this.file = enabled ? location(store, file) : Optional.empty();
        this.jdbc = jdbc;
        this.writes = writes;
        this.interval = interval;
        Optional<Content> recorded = read();
        if (checkOnStart) {
            List<String> differences = compare();
            if (!differences.isEmpty()) {
                throw new StoreBehindCheckpoint(this.file.orElseThrow(), differences);
            }
        }
        recorded.ifPresent(content -> {
            heads.putAll(content.pools());
            lastGlobalIndex.set(content.lastGlobalIndex());
        });
    }

    private static Optional<Path> location(LedgerStore store, String configured) {
        if (!configured.isBlank()) {
            return Optional.of(Path.of(configured).toAbsolutePath());
        }
        if (store.url().toLowerCase().startsWith("jdbc:h2:mem:")) {
            return Optional.empty();
        }
        String name = store.h2File().map(h2 -> h2.getFileName().toString()).orElse("ledger");
        return Optional.of(store.dataDirectory().resolve(name + ".checkpoint"));
    }

    /** The checkpoint file, unless checkpoints are off (in-memory stores). */
    public Optional<Path> file() {
        return file;
    }

    /** The checkpoint as last written, if there is one. */
    public Optional<Content> read() {
        if (file.isEmpty() || !Files.exists(file.get())) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(file.get().toFile(), Content.class));
        } catch (IOException e) {
            throw new UncheckedIOException("the store checkpoint " + file.get() + " cannot be read", e);
        }
    }

    /**
     * How the store differs from the checkpoint: empty when the store holds everything the checkpoint
     * recorded, with the same hashes (it may hold more).
     */
    public List<String> compare() {
        Optional<Content> recorded = read();
        if (recorded.isEmpty()) {
            return List.of();
        }
        return differences(recorded.get().lastGlobalIndex(), recorded.get().pools());
    }

    /**
     * How the store differs from a record of it: empty when the store holds an event at {@code lastGlobalIndex}
     * or later and, for each pool, the recorded event with the recorded hash (it may hold more).
     */
    public List<String> differences(long recordedIndex, Map<String, Head> pools) {
        List<String> differences = new ArrayList<>();
        Long maxIndex = jdbc.queryForObject("SELECT MAX(globalIndex) FROM DomainEventEntry", Long.class);
        long storedIndex = maxIndex == null ? -1 : maxIndex;
        if (storedIndex < recordedIndex) {
            differences.add("the store's last global index is " + storedIndex + ", the checkpoint recorded "
                    + recordedIndex);
        }
        new TreeMap<>(pools).forEach((pool, head) -> {
            List<String> metaData = jdbc.queryForList("SELECT metaData FROM DomainEventEntry "
                    + "WHERE aggregateIdentifier = ? AND sequenceNumber = ?", String.class, pool, head.sequence());
            if (metaData.isEmpty()) {
                differences.add("pool " + pool + " has no event " + head.sequence() + " (the checkpoint recorded it)");
            } else if (!head.hash().equals(hashOf(metaData.get(0)))) {
                differences.add("pool " + pool + " event " + head.sequence() + " has hash " + hashOf(metaData.get(0))
                        + ", the checkpoint recorded " + head.hash());
            }
        });
        return differences;
    }

    private static String hashOf(String metaData) {
        try {
            JsonNode hash = JSON.readTree(metaData == null ? "{}" : metaData).path(HashChain.HASH);
            return hash.isTextual() ? hash.asText() : "(none)";
        } catch (IOException e) {
            return "(unreadable)";
        }
    }

    /** Notes a committed event read from the store. */
    public void stored(String pool, long sequence, String hash, long globalIndex) {
        if (file.isEmpty() || hash == null) {
            return;
        }
        heads.merge(pool, new Head(sequence, hash), (old, now) -> now.sequence() >= old.sequence() ? now : old);
        lastGlobalIndex.accumulateAndGet(globalIndex, Math::max);
        changed.set(true);
    }

    /** Writes the checkpoint now if anything changed since the last write. */
    public synchronized void flush() {
        if (file.isEmpty() || !writes || !changed.getAndSet(false)) {
            return;
        }
        Content content = new Content(1, Instant.now(), lastGlobalIndex.get(), new TreeMap<>(heads));
        try {
            writeDurably(file.get(), JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(content));
        } catch (IOException e) {
            changed.set(true);
            log.warn("the store checkpoint {} could not be written ({}); retrying", file.get(), e.getMessage());
        }
    }

    /** Writes to a temporary file, forces it to disk and moves it over {@code target} atomically. */
    static void writeDurably(Path target, byte[] bytes) throws IOException {
        Files.createDirectories(target.getParent());
        Path temporary = target.resolveSibling(target.getFileName() + ".tmp");
        try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        try (FileChannel directory = FileChannel.open(target.getParent(), StandardOpenOption.READ)) {
            directory.force(true);
        } catch (IOException ignored) {
            // not every file system lets a directory be opened for a sync; the rename itself is atomic
        }
    }

    @Override
    public void start() {
        if (file.isPresent() && writes) {
            writer = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread thread = new Thread(r, "store-checkpoint");
                thread.setDaemon(true);
                return thread;
            });
            writer.scheduleWithFixedDelay(this::flush, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
        }
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        if (writer != null) {
            writer.shutdownNow();
        }
        flush();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stops after the views (which feed it) and before them on start. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE / 2 - 1;
    }
}
