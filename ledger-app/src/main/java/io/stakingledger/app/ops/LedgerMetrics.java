package io.stakingledger.app.ops;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.stakingledger.app.store.ConcurrentChange;
import io.stakingledger.app.store.StoreUnavailable;
import io.stakingledger.core.common.CommandRejected;
import io.stakingledger.app.api.ProgramApi;
import io.stakingledger.app.api.ViewFeeder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * What operators watch, as Micrometer meters (served in Prometheus format at {@code /actuator/prometheus}):
 * <ul>
 *   <li>{@code ledger_commands_seconds} — commands by program, type and outcome ({@code accepted},
 *       {@code duplicate}, {@code rejected}, {@code conflict}, {@code unavailable}, {@code failed}) and
 *       rejection reason, with a latency histogram;</li>
 *   <li>{@code ledger_views_seconds} — view answers by program and view, with a latency histogram;</li>
 *   <li>{@code ledger_events_stored} — the store's highest global index;</li>
 *   <li>{@code ledger_views_lag_events} — how far the views' position is behind it;</li>
 *   <li>{@code ledger_rebuild_events} and {@code ledger_replay_events} — events applied so far by a
 *       running rebuild of the views or a full replay (0 when none runs).</li>
 * </ul>
 */
@Component
public class LedgerMetrics {

    private final MeterRegistry registry;
    private final JdbcTemplate jdbc;
    private final AtomicLong rebuildProgress = new AtomicLong();
    private final AtomicLong replayProgress = new AtomicLong();
    /*
     * The timers, found once per label set: building and registering a Timer sorts its tags and looks the meter
     * up on every call, 1-2% of a command's request-thread samples (read by hand from the JFR recording of the quick
     * run summarised in bench-results/2026-12-06-99de1fb-quick-jfr.txt).
     */
    private final Map<CommandLabels, Timer> commandTimers = new ConcurrentHashMap<>();
    private final Map<ViewLabels, Timer> viewTimers = new ConcurrentHashMap<>();

    private final ObjectProvider<ProgramApi> programs;
    private volatile Set<String> commandTypes;

    private record CommandLabels(String program, String type, String outcome, String reason) {
    }

    private record ViewLabels(String program, String view) {
    }

    public LedgerMetrics(MeterRegistry registry, JdbcTemplate jdbc, ObjectProvider<ViewFeeder> views,
                         ObjectProvider<ProgramApi> programs) {
        this.registry = registry;
        this.programs = programs;
        this.jdbc = jdbc;
        Gauge.builder("ledger.events.stored", () -> storeHead(jdbc))
                .description("highest global index in the store").register(registry);
        Gauge.builder("ledger.views.lag", () -> Math.max(0, storeHead(jdbc) - views.getObject().position()))
                .baseUnit("events").description("events stored that the views have not applied yet").register(registry);
        Gauge.builder("ledger.rebuild.events", rebuildProgress, AtomicLong::get)
                .description("events applied by the running rebuild of the views").register(registry);
        Gauge.builder("ledger.replay.events", replayProgress, AtomicLong::get)
                .description("events applied by the running full replay").register(registry);
    }

    private static double storeHead(JdbcTemplate jdbc) {
        try {
            Long head = jdbc.queryForObject("SELECT MAX(globalIndex) FROM DomainEventEntry", Long.class);
            return head == null ? 0 : head;
        } catch (RuntimeException unavailable) {
            return Double.NaN;
        }
    }

    /** Events in the store: its highest global index + 1 (0 when empty); -1 when the store cannot answer. */
    public long eventsStored() {
        double head = storeHead(jdbc);
        if (Double.isNaN(head)) {
            return -1;
        }
        Long max = jdbc.queryForObject("SELECT MAX(globalIndex) FROM DomainEventEntry", Long.class);
        return max == null ? 0 : max + 1;
    }

    /** Progress counters for the views' rebuild; set to 0 when it ends. */
    public AtomicLong rebuildProgress() {
        return rebuildProgress;
    }

    /** Progress counters for a full replay; set to 0 when it ends. */
    public AtomicLong replayProgress() {
        return replayProgress;
    }

    /** Runs a command and records its outcome and latency. */
    public <T> T command(String program, String type, Supplier<T> command, java.util.function.Predicate<T> duplicate) {
        long started = System.nanoTime();
        String outcome = "failed";
        String reason = "none";
        try {
            T result = command.get();
            outcome = duplicate.test(result) ? "duplicate" : "accepted";
            return result;
        } catch (CommandRejected rejected) {
            outcome = "rejected";
            reason = reasonOf(rejected);
            throw rejected;
        } catch (ConcurrentChange conflict) {
            outcome = "conflict";
            throw conflict;
        } catch (StoreUnavailable unavailable) {
            outcome = "unavailable";
            throw unavailable;
        } catch (SecurityException denied) {
            // refused by the caller's permissions (counted apart as ledger.security.denied)
            outcome = "denied";
            throw denied;
        } finally {
            recordCommand(program, type, outcome, reason, System.nanoTime() - started);
        }
    }

    /**
     * Records one command whose outcome is known only later: a command of an atomic bulk counts once the
     * bulk's transaction committed ({@code accepted}, {@code duplicate}) or rolled back ({@code rejected}
     * for the command that was refused, {@code rolled-back} for the others).
     */
    public void recordCommand(String program, String type, String outcome, String reason, long nanos) {
        String label = knownCommandType(type);
        commandTimers.computeIfAbsent(new CommandLabels(program, label, outcome, reason), labels ->
                Timer.builder("ledger.commands").description("commands by program, type and outcome")
                        .tags("program", program, "type", label, "outcome", outcome, "reason", reason)
                        .publishPercentileHistogram().register(registry))
                .record(nanos, TimeUnit.NANOSECONDS);
    }

    /**
     * The type label of a command: its name when some program has a command of that name, else
     * {@code unknown}. The name comes from the request's path, and a timer per name made up by a caller would
     * grow the server's memory without bound.
     */
    private String knownCommandType(String type) {
        Set<String> known = commandTypes;
        if (known == null) {
            known = programs.stream().flatMap(program -> program.commands().keySet().stream())
                    .collect(Collectors.toUnmodifiableSet());
            commandTypes = known;
        }
        return known.contains(type) ? type : "unknown";
    }

    /** The reason label of a rejection, as {@link #command} records it. */
    public static String reasonOf(CommandRejected rejected) {
        return rejected.reason().name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Answers a view and records its latency. */
    public <T> T view(String program, String view, Supplier<T> answer) {
        long started = System.nanoTime();
        try {
            return answer.get();
        } finally {
            viewTimers.computeIfAbsent(new ViewLabels(program, view), labels ->
                    Timer.builder("ledger.views").description("view answers by program and view")
                            .tags("program", program, "view", view)
                            .publishPercentileHistogram().register(registry))
                    .record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
        }
    }
}
