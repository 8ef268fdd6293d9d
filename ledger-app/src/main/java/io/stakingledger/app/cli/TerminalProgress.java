package io.stakingledger.app.cli;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * A progress line for long command-line operations (verify, replay, export of millions of events),
 * rewritten every second on standard error with the rate and the time left; shown only when a person is
 * watching (a terminal), so scripts and logs get no noise.
 */
public final class TerminalProgress implements AutoCloseable {

    private final ScheduledExecutorService ticker;

    private TerminalProgress(ScheduledExecutorService ticker) {
        this.ticker = ticker;
    }

    /**
     * @param what  what is counted, e.g. "events exported"
     * @param done  how many so far
     * @param total how many in all (0 when unknown: no time left is shown)
     */
    public static TerminalProgress show(String what, LongSupplier done, long total) {
        if (System.console() == null) {
            return new TerminalProgress(null);
        }
        long started = System.nanoTime();
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "progress");
            thread.setDaemon(true);
            return thread;
        });
        ticker.scheduleAtFixedRate(() -> System.err.print("\r" + line(what, done.getAsLong(), total,
                Duration.ofNanos(System.nanoTime() - started))), 1, 1, TimeUnit.SECONDS);
        return new TerminalProgress(ticker);
    }

    static String line(String what, long done, long total, Duration elapsed) {
        double seconds = Math.max(0.001, elapsed.toMillis() / 1000.0);
        long rate = Math.round(done / seconds);
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%,d", done));
        if (total > 0) {
            line.append(String.format(Locale.ROOT, " of %,d", total));
        }
        line.append(' ').append(what).append(String.format(Locale.ROOT, ", %,d/s", rate));
        if (total > 0 && rate > 0 && done < total) {
            long left = (total - done) / rate;
            line.append(String.format(Locale.ROOT, ", about %d:%02d left", left / 60, left % 60));
        }
        return line.append("   ").toString();
    }

    @Override
    public void close() {
        if (ticker != null) {
            ticker.shutdownNow();
            System.err.println();
        }
    }
}
