package io.stakingledger.app.store;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * Makes a committed command survive an operating-system crash or a power loss on the embedded H2 store
 * before it is acknowledged. With {@code WRITE_DELAY=0} H2 hands every commit to the operating system,
 * which survives the death of the process, but it asks the disk to persist only now and then (14 fsync
 * calls for 100 commands, measured with strace): an OS crash could lose the rest. Here the store file is
 * forced to disk after each commit and before the answer ({@code fdatasync} on a descriptor of our own:
 * on Linux it flushes the file's pages whichever descriptor wrote them).
 *
 * <p>Group commit: a thread that finds an fsync in progress waits for it and then checks whether a later
 * one already covered its commit, so concurrent commands share one fsync instead of queueing for one each.
 * PostgreSQL needs none of this: its commit returns after its own write-ahead log is flushed.
 */
@Component
public class DurableCommits {

    /** Forces the store's file to disk. */
    interface Flush {
        void force() throws IOException;
    }

    private final Optional<Flush> flush;
    private final Object tickets = new Object();
    private final Object syncing = new Object();
    private long requested;
    private long synced;
    private Path file;
    private FileChannel channel;

    @Autowired
    public DurableCommits(LedgerStore store, @Value("${ledger.store.fsync:true}") boolean fsync) {
        Optional<Path> h2 = fsync ? store.h2File().map(f -> f.resolveSibling(f.getFileName() + ".mv.db")) : Optional.empty();
        this.file = h2.orElse(null);
        this.flush = h2.map(path -> this::forceFile);
    }

    DurableCommits(Flush flush) {
        this.flush = Optional.of(flush);
    }

    /**
     * Returns once every commit that completed before this call is on disk.
     *
     * @throws StoreUnavailable when the disk refuses the flush: the command is stored but was not confirmed
     */
    public void awaitDurable() {
        if (flush.isEmpty()) {
            return;
        }
        long ticket;
        synchronized (tickets) {
            ticket = ++requested;
        }
        synchronized (syncing) {
            if (synced >= ticket) {
                return;
            }
            long covered;
            synchronized (tickets) {
                covered = requested;
            }
            try {
                flush.get().force();
            } catch (IOException | UncheckedIOException e) {
                throw new StoreUnavailable(e);
            }
            synced = covered;
        }
    }

    private void forceFile() throws IOException {
        try {
            if (channel == null || !channel.isOpen()) {
                channel = FileChannel.open(file, StandardOpenOption.READ);
            }
            channel.force(false);
        } catch (IOException e) {
            closeQuietly();
            throw e;
        }
    }

    private void closeQuietly() {
        try {
            if (channel != null) {
                channel.close();
            }
        } catch (IOException ignored) {
            // reopened at the next flush
        }
        channel = null;
    }
}
