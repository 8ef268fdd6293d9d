package io.stakingledger.app.store;

import io.stakingledger.app.store.StoreCheckpoint.Head;
import io.stakingledger.core.common.StateStreams;
import io.stakingledger.projections.LedgerViews;
import io.stakingledger.projections.PoolReadModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The read models written to disk, so that a restart starts from them and folds only the events stored
 * since, instead of the whole history (issue 18: restart time independent of history length).
 *
 * <p><b>Never trusted blindly.</b> The file is used only when all of these hold, and is otherwise set aside
 * with one log line saying why, and the views are rebuilt from the first event as before:
 * <ul>
 *   <li>its SHA-256 digest matches its content (a torn or edited file is refused);</li>
 *   <li>it was written by the same build of the domain and the views: the digest of every class file of
 *       {@code io.stakingledger.core} and {@code io.stakingledger.projections} is part of it, so any change of a
 *       rule, a state or a view makes the next start replay in full rather than read state shaped by other code;</li>
 *   <li>the store still holds, for every pool, the last event the views had folded, with the same hash
 *       ({@link StoreCheckpoint#differences}): a replaced, restored or truncated store is never combined with
 *       views of another history;</li>
 *   <li>it deserializes under a filter that admits only the ledger's own classes and the JDK's decimals,
 *       times and collections, with bounded depth and size.</li>
 * </ul>
 * Replay from the first event stays available ({@code POST /api/admin/views/rebuild}, {@code scripts/ledger replay})
 * and stays exact; the replay audit compares both.
 *
 * <p>Format: Java serialization of a header and then, for each pool, its id and its read model serialized and
 * gzip-compressed on its own (decimals in their compact form, {@link StateStreams}), so that the pools are written
 * and read several at once; behind a 32-byte SHA-256 of the rest. Java serialization because the states are plain
 * mutable classes with final fields and no creators, which it restores as they were without a codec per class;
 * the filter above is what makes reading it safe.
 */
@Component
public class ViewCheckpoint {

    private static final Logger log = LoggerFactory.getLogger(ViewCheckpoint.class);
    private static final int FORMAT = 3;
    private static final int DIGEST_BYTES = 32;

    /** What precedes the pools' read models in the file. */
    private record Header(int format, String build, long tokenIndex, long[] tokenGaps, Map<String, Head> heads,
                          long position, Map<String, String> failures, Map<String, Instant> created)
            implements Serializable {
    }

    /** What is written: the views at one position of the store, and what the store held there. */
    public record Snapshot(int format, String build, long tokenIndex, long[] tokenGaps, Map<String, Head> heads,
                           LedgerViews.Image views) implements Serializable {
    }

    private final Optional<Path> file;
    private final StoreCheckpoint store;
    private final String build;
    /** The checkpoint being read while the application starts, taken by the first {@link #load()}. */
    private final AtomicReference<CompletableFuture<Snapshot>> reading = new AtomicReference<>();

    public ViewCheckpoint(StoreCheckpoint store, @Value("${ledger.views.checkpoint.enabled:true}") boolean enabled) {
        this.store = store;
        this.file = enabled ? store.file().map(path -> path.resolveSibling(path.getFileName() + ".views")) : Optional.empty();
        this.build = buildDigest();
        // Read on a thread of its own from here on, while the rest of the application starts on another core; the
        // views start from it only after load() has checked it against the store.
        file.filter(Files::exists).ifPresent(path -> {
            CompletableFuture<Snapshot> read = new CompletableFuture<>();
            reading.set(read);
            Thread thread = new Thread(() -> {
                try {
                    read.complete(decode(Files.readAllBytes(path), build));
                } catch (Throwable e) {
                    read.completeExceptionally(e);
                }
            }, "view-checkpoint-read");
            thread.setDaemon(true);
            thread.start();
        });
    }

    public Optional<Path> file() {
        return file;
    }

    /** A checkpoint of {@code views} at store position {@code tokenIndex}, in this build's format. */
    public Snapshot snapshot(long tokenIndex, long[] tokenGaps, Map<String, Head> heads, LedgerViews.Image views) {
        return new Snapshot(FORMAT, build, tokenIndex, tokenGaps, heads, views);
    }

    /** The digest of this build's domain and view classes, written into every checkpoint. */
    public String build() {
        return build;
    }

    /** The checkpoint, if there is one this process may start from; otherwise says why in the log. */
    public Optional<Snapshot> load() {
        if (file.isEmpty() || !Files.exists(file.get())) {
            return Optional.empty();
        }
        try {
            Snapshot snapshot = readNow();
            if (snapshot.format() != FORMAT || !snapshot.build().equals(build)) {
                log.info("the view checkpoint {} was written by another build; the views are rebuilt from the first event",
                        file.get());
                return Optional.empty();
            }
            List<String> differences = store.differences(snapshot.tokenIndex(), snapshot.heads());
            if (!differences.isEmpty()) {
                log.warn("the view checkpoint {} does not match the store ({}); the views are rebuilt from the first event",
                        file.get(), String.join("; ", differences));
                return Optional.empty();
            }
            return Optional.of(snapshot);
        } catch (IOException | ClassNotFoundException | RuntimeException unusable) {
            log.warn("the view checkpoint {} cannot be used ({}); the views are rebuilt from the first event",
                    file.get(), unusable.toString());
            return Optional.empty();
        }
    }

    /** The checkpoint read while the application started, or read now when that read is taken or gone. */
    private Snapshot readNow() throws IOException, ClassNotFoundException {
        CompletableFuture<Snapshot> started = reading.getAndSet(null);
        if (started == null) {
            return decode(Files.readAllBytes(file.orElseThrow()), build);
        }
        try {
            return started.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof ClassNotFoundException missing) {
                throw missing;
            }
            throw e.getCause() instanceof RuntimeException runtime ? runtime : e;
        }
    }

    /**
     * Serializes {@code snapshot} now; call while no event is applied to the views. The pools are serialized and
     * compressed each on its own, several at once.
     */
    public byte[] encode(Snapshot snapshot) {
        try {
            LedgerViews.Image views = snapshot.views();
            List<Map.Entry<String, PoolReadModel>> pools = List.copyOf(views.pools().entrySet());
            List<byte[]> encoded = pools.parallelStream().map(pool -> encodePool(pool.getValue())).toList();
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            try (ObjectOutputStream out = new ObjectOutputStream(body)) {
                out.writeObject(new Header(snapshot.format(), snapshot.build(), snapshot.tokenIndex(), snapshot.tokenGaps(),
                        snapshot.heads(), views.position(), views.failures(), views.created()));
                for (int i = 0; i < pools.size(); i++) {
                    out.writeObject(pools.get(i).getKey());
                    out.writeObject(encoded.get(i));
                }
                out.writeObject(null);
            }
            byte[] content = body.toByteArray();
            byte[] bytes = Arrays.copyOf(sha256(content), DIGEST_BYTES + content.length);
            System.arraycopy(content, 0, bytes, DIGEST_BYTES, content.length);
            return bytes;
        } catch (IOException | UncheckedIOException e) {
            throw new IllegalStateException("the views could not be serialized", e);
        }
    }

    private static byte[] encodePool(PoolReadModel pool) {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (ObjectOutputStream out = StateStreams.output(new GZIPOutputStream(compressed, 1 << 16))) {
            out.writeObject(pool);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return compressed.toByteArray();
    }

    /** Writes encoded views durably (temporary file, forced, moved over the old one). */
    public void write(byte[] encoded) throws IOException {
        if (file.isPresent()) {
            StoreCheckpoint.writeDurably(file.get(), encoded);
        }
    }

    static Snapshot decode(byte[] bytes) throws IOException, ClassNotFoundException {
        return decode(bytes, null);
    }

    /**
     * Reads a checkpoint; when {@code onlyBuild} is not null and the checkpoint was written by another build, its
     * pools are not read (the answer's views are null).
     */
    private static Snapshot decode(byte[] bytes, String onlyBuild) throws IOException, ClassNotFoundException {
        if (bytes.length <= DIGEST_BYTES) {
            throw new IOException("the file is too short to be a checkpoint");
        }
        byte[] body = Arrays.copyOfRange(bytes, DIGEST_BYTES, bytes.length);
        if (!MessageDigest.isEqual(sha256(body), Arrays.copyOf(bytes, DIGEST_BYTES))) {
            throw new IOException("its digest does not match its content");
        }
        Header header;
        List<String> poolIds = new ArrayList<>();
        List<byte[]> encoded = new ArrayList<>();
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(body))) {
            in.setObjectInputFilter(StateStreams.ADMITTED);
            header = (Header) in.readObject();
            if (header.format() != FORMAT) {
                throw new IOException("it is in format " + header.format() + ", this build reads format " + FORMAT);
            }
            if (onlyBuild != null && !onlyBuild.equals(header.build())) {
                return new Snapshot(header.format(), header.build(), header.tokenIndex(), header.tokenGaps(),
                        header.heads(), null);
            }
            for (Object pool = in.readObject(); pool != null; pool = in.readObject()) {
                poolIds.add((String) pool);
                encoded.add((byte[]) in.readObject());
            }
        }
        List<PoolReadModel> models;
        try {
            models = encoded.parallelStream().map(ViewCheckpoint::decodePool).toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        Map<String, PoolReadModel> pools = new TreeMap<>();
        for (int i = 0; i < poolIds.size(); i++) {
            pools.put(poolIds.get(i), models.get(i));
        }
        return new Snapshot(header.format(), header.build(), header.tokenIndex(), header.tokenGaps(), header.heads(),
                new LedgerViews.Image(header.position(), pools, header.failures(), header.created()));
    }

    private static PoolReadModel decodePool(byte[] encoded) {
        try (ObjectInputStream in = StateStreams.input(new GZIPInputStream(new ByteArrayInputStream(encoded), 1 << 16))) {
            return (PoolReadModel) in.readObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new UncheckedIOException(new IOException(e));
        }
    }

    private static String buildDigest() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver(ViewCheckpoint.class.getClassLoader());
            for (String root : List.of("io/stakingledger/core", "io/stakingledger/projections")) {
                Resource[] classes = resolver.getResources("classpath*:" + root + "/**/*.class");
                Arrays.sort(classes, Comparator.comparing(ViewCheckpoint::pathOf));
                for (Resource resource : classes) {
                    digest.update(pathOf(resource).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    try (InputStream in = resource.getInputStream()) {
                        digest.update(in.readAllBytes());
                    }
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("the build's classes could not be digested", e);
        }
    }

    /** The class's path from its package root, the same inside a jar and in a classes folder. */
    private static String pathOf(Resource resource) {
        try {
            String url = resource.getURL().toString();
            return url.substring(url.lastIndexOf("io/stakingledger/"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
