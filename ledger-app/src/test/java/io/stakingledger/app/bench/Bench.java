package io.stakingledger.app.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stakingledger.app.LedgerApplication;
import io.stakingledger.app.api.LedgerService;
import io.stakingledger.app.api.ViewFeeder;
import io.stakingledger.app.api.ViewSync;
import io.stakingledger.app.config.JsonConfiguration;
import io.stakingledger.app.security.ApiKeys;
import io.stakingledger.core.earlystaking.EarlyStakingParameters;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import javax.sql.DataSource;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code scripts/bench}: measures the ledger on this machine and, in the same run, the machine's raw
 * limit for the same work. Runs when {@code ledger.bench.output} is set (profile {@code bench}), prints
 * a table and writes the figures as JSON, then exits. Not a test: it prints figures and judges them
 * against the targets of issue 8 (PASS/MISS), but never fails the build. It lives in the test sources so
 * that the production jar carries no benchmark; {@code scripts/bench} starts {@link #main} on the test
 * classpath.
 *
 * <p>Every client calls {@link LedgerService} in-process (the path of the REST controller and the batch
 * runner minus HTTP); only the view latencies go over HTTP on 127.0.0.1.
 */
@Configuration
@ConditionalOnProperty("ledger.bench.output")
public class Bench {

    private static final long GIB = 1024L * 1024 * 1024;

    /**
     * Starts the ledger application with the {@code bench} profile; the benchmark runs during the start,
     * then the application is closed. A failed benchmark fails the start: Spring logs the cause and the
     * process exits with code 1 ({@link BenchmarkFailed}).
     */
    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(LedgerApplication.class);
        application.setAdditionalProfiles("bench");
        SpringApplication.exit(application.run(args));
    }

    @Bean
    public ApplicationRunner runBenchmark(LedgerService ledger, ViewFeeder feeder, ViewSync viewSync,
                                          DataSource dataSource, Environment environment, ApiKeys keys) {
        return args -> {
            try {
                new Run(ledger, feeder, viewSync, dataSource, environment, keys).execute();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new BenchmarkFailed(e);
            } catch (IOException | RuntimeException e) {
                throw new BenchmarkFailed(e);
            }
        };
    }

    /** The benchmark could not finish; the application start fails with exit code 1. */
    static final class BenchmarkFailed extends RuntimeException implements ExitCodeGenerator {

        BenchmarkFailed(Exception cause) {
            super("benchmark failed: " + cause.getMessage(), cause);
        }

        @Override
        public int getExitCode() {
            return 1;
        }
    }

    static double round(double value, int digits) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return value;
        }
        return BigDecimal.valueOf(value).setScale(digits, RoundingMode.HALF_EVEN).doubleValue();
    }

    /** One benchmark run with its options. */
    static final class Run {

        private final LedgerService ledger;
        private final ViewFeeder feeder;
        private final ViewSync viewSync;
        private final DataSource dataSource;
        private final Environment env;
        private final ApiKeys keys;
        private final ObjectMapper api = JsonConfiguration.apiMapper();
        private final ObjectMapper out = JsonConfiguration.apiMapper().enable(SerializationFeature.INDENT_OUTPUT);
        private final ObjectNode report = api.createObjectNode();
        private final List<String[]> table = new ArrayList<>();
        private final int accounts;
        private final long commands;
        private final long seed;
        private final int clients;
        private final int latencyRequests;
        private final int epochCloses;
        private final int smallStakers;
        private final Path work;
        private int mainAccounts;

        Run(LedgerService ledger, ViewFeeder feeder, ViewSync viewSync, DataSource dataSource, Environment env,
            ApiKeys keys) {
            this.keys = keys;
            this.ledger = ledger;
            this.feeder = feeder;
            this.viewSync = viewSync;
            this.dataSource = dataSource;
            this.env = env;
            this.accounts = env.getProperty("ledger.bench.accounts", Integer.class, 100_000);
            this.commands = env.getProperty("ledger.bench.commands", Long.class, 1_000_000L);
            this.seed = env.getProperty("ledger.bench.seed", Long.class, 42L);
            this.clients = env.getProperty("ledger.bench.clients", Integer.class, 4);
            this.latencyRequests = env.getProperty("ledger.bench.latency-requests", Integer.class, 2_000);
            this.epochCloses = env.getProperty("ledger.bench.epoch-closes", Integer.class, 7);
            this.smallStakers = env.getProperty("ledger.bench.small-stakers", Integer.class, 100);
            this.work = Path.of(env.getRequiredProperty("ledger.bench.work-dir"));
        }

        void execute() throws IOException, InterruptedException {
            Instant began = Instant.now();
            log("benchmark: %,d accounts, %,d commands on the main pool, seed %d, %d concurrent clients",
                    accounts, commands, seed, clients);
            report.put("runId", env.getProperty("ledger.bench.run-id", "unnamed"));
            report.put("startedAt", began.toString());
            report.set("machine", machine());
            report.put("loadAverageAtStart", round(loadAverage(), 2));
            ObjectNode options = report.putObject("options");
            options.put("accounts", accounts);
            options.put("commands", commands);
            options.put("seed", seed);
            options.put("clients", clients);
            options.put("latencyRequests", latencyRequests);
            options.put("epochCloses", epochCloses);
            options.put("store", env.getProperty("spring.datasource.url"));
            options.put("clientPath", "in-process LedgerService (the REST controller's and batch runner's entry point); "
                    + "view latencies over HTTP on 127.0.0.1");
            ObjectNode figures = report.putObject("figures");

            // ---- generate ------------------------------------------------------------------------
            long t0 = System.nanoTime();
            Path main = work.resolve("main.ndjson");
            long mainLines = generateEarly("kash-main", seed, accounts, commands, main);
            List<Path> concurrent = new ArrayList<>();
            for (int c = 1; c <= clients; c++) {
                Path file = work.resolve("client-" + c + ".ndjson");
                generateEarly("kash-c" + c, seed + c, Math.max(1, accounts / clients), Math.max(100, commands / clients), file);
                concurrent.add(file);
            }
            Path others = work.resolve("others.ndjson");
            long otherLines = generateOthers(others);
            double genSeconds = (System.nanoTime() - t0) / 1e9;
            log("generated %,d + %d×%,d + %,d lines in %.1f s", mainLines, clients, Math.max(100, commands / clients),
                    otherLines, genSeconds);
            ObjectNode gen = figures.putObject("generator");
            gen.put("mainPoolLines", mainLines);
            gen.put("mainPoolAccounts", mainAccounts);
            gen.put("otherProgramLines", otherLines);
            gen.put("seconds", round(genSeconds, 2));

            // ---- 1. throughput -------------------------------------------------------------------
            Ingest ingest = new Ingest(ledger, api);
            log("1a. one client on one pool (%,d lines)...", mainLines);
            long s1 = System.nanoTime();
            long c1 = processCpuNanos();
            Ingest.Outcome one = ingest.run(main);
            viewSync.awaitCurrent();
            one.seconds = (System.nanoTime() - s1) / 1e9;
            one.cpuSeconds = (processCpuNanos() - c1) / 1e9;
            ObjectNode single = (ObjectNode) one.toJson(api);
            single.set("closeEpochMillis", api.valueToTree(percentiles(one.closeEpochMillis)));
            figures.set("throughputOneClient", single);
            double oneRate = one.commands() / one.seconds;
            row("1a", "commands/s, 1 client, 1 pool (H2 file)", fmt(oneRate), ">= 2000", verdict(oneRate >= 2000));
            row("", "  commands per process CPU-second (less sensitive to noise)", fmt(one.commands() / one.cpuSeconds), "", "");
            row("", "  rejected / commands", one.rejected + " / " + one.commands(), "", "");

            log("1b. %d clients on %d pools...", clients, clients);
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            long s2 = System.nanoTime();
            long c2 = processCpuNanos();
            List<Future<Ingest.Outcome>> futures = new ArrayList<>();
            for (Path file : concurrent) {
                futures.add(pool.submit(() -> ingest.run(file)));
            }
            Ingest.Outcome many = new Ingest.Outcome();
            for (Future<Ingest.Outcome> f : futures) {
                try {
                    many.add(f.get());
                } catch (java.util.concurrent.ExecutionException e) {
                    throw new IllegalStateException(e.getCause());
                }
            }
            pool.shutdown();
            viewSync.awaitCurrent();
            many.seconds = (System.nanoTime() - s2) / 1e9;
            many.cpuSeconds = (processCpuNanos() - c2) / 1e9;
            figures.set("throughputConcurrent", many.toJson(api));
            double manyRate = many.commands() / many.seconds;
            row("1b", "commands/s, " + clients + " clients, " + clients + " pools", fmt(manyRate), "", "");
            row("", "  commands per process CPU-second", fmt(many.commands() / many.cpuSeconds), "", "");
            row("", "  rejected / commands", many.rejected + " / " + many.commands(), "", "");

            log("1c. the other programs' pools, one client...");
            Ingest.Outcome other = ingest.run(others);
            viewSync.awaitCurrent();
            figures.set("throughputOtherPrograms", other.toJson(api));
            row("1c", "commands/s, other programs (3 pools)", fmt(other.commands() / other.seconds), "", "");
            row("", "  rejected / commands", other.rejected + " / " + other.commands(), "", "");

            // ---- 3. CloseEpoch cost ------------------------------------------------------------
            log("3. CloseEpoch with %d and with %,d stakers...", smallStakers, accounts);
            ObjectNode epochs = figures.putObject("closeEpoch");
            List<Double> small = closeEpochCost("epoch-small", smallStakers, epochs);
            List<Double> large = closeEpochCost("epoch-large", accounts, epochs);
            double smallMedian = percentile(small, 50);
            double largeMedian = percentile(large, 50);
            double epochRatio = largeMedian / smallMedian;
            epochs.put("medianMillisSmall", round(smallMedian, 3));
            epochs.put("medianMillisLarge", round(largeMedian, 3));
            epochs.put("ratio", round(epochRatio, 2));
            row("3", "CloseEpoch ms, " + smallStakers + " stakers (median)", fmt3(smallMedian), "", "");
            row("", "CloseEpoch ms, " + String.format("%,d", accounts) + " stakers (median)", fmt3(largeMedian), "", "");
            row("", "  ratio large / small", fmt2(epochRatio), "<= 2", verdict(epochRatio <= 2));

            // ---- 4. view latency over HTTP -------------------------------------------------------
            log("4. view latency over HTTP on 127.0.0.1...");
            ObjectNode latency = figures.putObject("viewLatency");
            int port = env.getRequiredProperty("local.server.port", Integer.class);
            long[] gcBefore = gc();
            Latency position = latency(port, "position", latencyRequests);
            long[] gcBetween = gc();
            Latency poolView = latency(port, "pool", Math.max(100, latencyRequests / 4));
            long[] gcAfter = gc();
            latency.set("position", position.toJson(api).put("gcCount", gcBetween[0] - gcBefore[0])
                    .put("gcMillis", gcBetween[1] - gcBefore[1]));
            latency.set("pool", poolView.toJson(api).put("gcCount", gcAfter[0] - gcBetween[0])
                    .put("gcMillis", gcAfter[1] - gcBetween[1]));
            row("4", "position view p50 / p99 ms (HTTP)", fmt3(position.p50) + " / " + fmt3(position.p99), "p99 <= 10",
                    verdict(position.p99 <= 10));
            row("", "pool view p50 / p99 ms (HTTP)", fmt3(poolView.p50) + " / " + fmt3(poolView.p99), "", "");
            row("", "  non-200 answers", String.valueOf(position.failures + poolView.failures), "0",
                    verdict(position.failures + poolView.failures == 0));

            // ---- 2 and 5. replay, raw limit, heap --------------------------------------------------
            log("2. replay: raw limit, projections rebuild, raw limit again...");
            ObjectNode replay = figures.putObject("replay");
            long stored = count();
            RawReplay raw = new RawReplay(dataSource, 10_000);
            double raw1 = timed(() -> raw.run().events());
            HeapWatch heap = new HeapWatch();
            System.gc();
            long liveBefore = heap.usedNow();
            heap.start();
            long[] gcReplay = gc();
            long r0 = System.nanoTime();
            long rebuilt = feeder.rebuild();
            double replaySeconds = (System.nanoTime() - r0) / 1e9;
            long[] gcReplayEnd = gc();
            heap.stop();
            System.gc();
            long liveAfter = heap.usedNow();
            double raw2 = timed(() -> raw.run().events());
            double rawSeconds = Math.min(raw1, raw2);
            double replayRate = rebuilt / replaySeconds;
            double rawRate = stored / rawSeconds;
            double ratio = replayRate / rawRate;
            replay.put("storedEvents", stored);
            replay.put("rebuiltEvents", rebuilt);
            replay.put("rebuildSeconds", round(replaySeconds, 3));
            replay.put("rebuildEventsPerSecond", round(replayRate, 1));
            replay.put("rawSeconds", round(rawSeconds, 3));
            replay.put("rawSecondsRuns", api.valueToTree(List.of(round(raw1, 3), round(raw2, 3))));
            replay.put("rawEventsPerSecond", round(rawRate, 1));
            replay.put("ratio", round(ratio, 3));
            replay.put("rebuildGcCount", gcReplayEnd[0] - gcReplay[0]);
            replay.put("rebuildGcMillis", gcReplayEnd[1] - gcReplay[1]);
            row("2", "replay events/s (ViewFeeder.rebuild, " + String.format("%,d", rebuilt) + " events)", fmt(replayRate), "", "");
            row("", "raw limit events/s (JDBC + Jackson + fold)", fmt(rawRate), "", "");
            row("", "  ratio replay / raw", fmt2(ratio), ">= 0.50", verdict(ratio >= 0.5));

            ObjectNode memory = figures.putObject("heap");
            long maxHeap = Runtime.getRuntime().maxMemory();
            memory.put("maxHeapBytes", maxHeap);
            memory.put("liveBeforeRebuildBytes", liveBefore);
            memory.put("peakDuringRebuildBytes", heap.peakSampled());
            memory.put("peakPoolsDuringRebuildBytes", heap.peakPools());
            memory.put("liveAfterRebuildBytes", liveAfter);
            memory.put("note", "the JVM also holds the cached pool aggregates (every pool loaded by the run), "
                    + "so live heap covers aggregates plus read models");
            boolean fits = maxHeap <= 2 * GIB + 64L * 1024 * 1024 && heap.peakSampled() <= 2 * GIB;
            row("5", "peak heap during replay MiB (sampled; -Xmx " + maxHeap / (1024 * 1024) + ")",
                    String.valueOf(heap.peakSampled() / (1024 * 1024)), "<= 2048", verdict(fits));
            row("", "  live heap after replay MiB (after GC)", String.valueOf(liveAfter / (1024 * 1024)), "", "");

            // ---- targets, table, json ----------------------------------------------------------
            ObjectNode targets = report.putObject("targets");
            target(targets, "replayAtLeastHalfOfRawLimit", ratio, ">= 0.5", ratio >= 0.5);
            target(targets, "oneClientCommandsPerSecond", oneRate, ">= 2000", oneRate >= 2000);
            target(targets, "closeEpochLargeOverSmall", epochRatio, "<= 2", epochRatio <= 2);
            target(targets, "positionViewP99Millis", position.p99, "<= 10", position.p99 <= 10);
            target(targets, "replayPeakHeapBytes", heap.peakSampled(), "<= 2 GiB (run under -Xmx"
                    + maxHeap / (1024 * 1024) + "m)", fits);
            report.put("loadAverageAtEnd", round(loadAverage(), 2));
            report.put("totalSeconds", round(Duration.between(began, Instant.now()).toMillis() / 1000.0, 1));
            printTable();
            writeJson();
        }

        // ---- phases --------------------------------------------------------------------------

        private long generateEarly(String pool, long seed, int accounts, long commands, Path file) throws IOException {
            EarlyStakingHistory history = new EarlyStakingHistory(pool, seed, accounts, commands);
            try (BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                history.generate(line -> write(writer, line));
            }
            if (pool.equals("kash-main")) {
                mainAccounts = history.introduced();
            }
            return history.written() + 1;
        }

        private long generateOthers(Path file) throws IOException {
            OtherProgramsHistory history = new OtherProgramsHistory(seed + 100, Math.max(10, accounts / 100),
                    Math.max(100, commands / 100));
            try (BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                history.generate("bench", line -> write(writer, line));
            }
            return history.written();
        }

        private void write(BufferedWriter writer, Object line) {
            try {
                writer.write(api.writeValueAsString(line));
                writer.newLine();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /**
         * A pool with {@code stakers} stakers (one Stake each, untimed), then {@link #epochCloses} epochs
         * closed one by one, each timed end to end through {@link LedgerService}.
         */
        private List<Double> closeEpochCost(String pool, int stakers, ObjectNode into) {
            Instant created = Instant.parse("2026-01-01T00:00:00Z");
            Instant start = Instant.parse("2026-01-02T00:00:00Z");
            ObjectNode create = api.createObjectNode();
            create.put("pool", pool);
            create.put("program", "early-staking");
            create.put("at", created.toString());
            create.putObject("params").put("start", start.toString());
            ledger.create(create, false);
            long s0 = System.nanoTime();
            for (int i = 0; i < stakers; i++) {
                ObjectNode stake = api.createObjectNode();
                stake.put("account", EarlyStakingHistory.account(i));
                stake.put("amount", "100");
                stake.put("at", created.plusMillis(i).toString());
                ledger.execute(pool, "Stake", stake, false);
            }
            double stakeSeconds = (System.nanoTime() - s0) / 1e9;
            EarlyStakingParameters parameters = EarlyStakingParameters.defaults(start);
            List<Double> millis = new ArrayList<>();
            for (int e = 1; e <= epochCloses; e++) {
                ObjectNode close = api.createObjectNode();
                close.put("at", parameters.endOf(e).toString());
                long before = System.nanoTime();
                ledger.execute(pool, "CloseEpoch", close, false);
                millis.add((System.nanoTime() - before) / 1e6);
            }
            ObjectNode node = into.putObject(pool);
            node.put("stakers", stakers);
            node.put("stakeCommandsPerSecond", round(stakers / stakeSeconds, 1));
            node.set("closeMillis", api.valueToTree(millis.stream().map(m -> round(m, 3)).toList()));
            return millis;
        }

        private Latency latency(int port, String view, int requests) throws IOException, InterruptedException {
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5)).build();
            SplittableRandom random = new SplittableRandom(seed);
            String base = "http://127.0.0.1:" + port + "/api/pools/kash-main";
            // read as a client would: with a bearer key, checked on every request like any other
            String key = keys.create(new ApiKeys.KeySpec("bench latency " + view, List.of("auditor"), null, null),
                    "bench").key();
            int warmup = Math.max(50, requests / 5);
            List<Double> millis = new ArrayList<>(requests);
            int failures = 0;
            for (int i = 0; i < warmup + requests; i++) {
                String uri = view.equals("position")
                        ? base + "/positions/" + EarlyStakingHistory.account(random.nextInt(mainAccounts))
                        : base;
                HttpRequest request = HttpRequest.newBuilder(URI.create(uri)).header("Authorization", "Bearer " + key)
                        .GET().build();
                long before = System.nanoTime();
                HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                double elapsed = (System.nanoTime() - before) / 1e6;
                if (response.statusCode() != 200) {
                    failures++;
                }
                if (i >= warmup) {
                    millis.add(elapsed);
                }
            }
            return new Latency(view, requests, warmup, failures, percentile(millis, 50), percentile(millis, 99),
                    Collections.max(millis));
        }

        private long count() {
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                 ResultSet rows = s.executeQuery("SELECT COUNT(*) FROM DomainEventEntry")) {
                rows.next();
                return rows.getLong(1);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        /** Collections so far and their total time in ms, over every collector. */
        private static long[] gc() {
            long count = 0;
            long millis = 0;
            for (var collector : ManagementFactory.getGarbageCollectorMXBeans()) {
                count += Math.max(0, collector.getCollectionCount());
                millis += Math.max(0, collector.getCollectionTime());
            }
            return new long[]{count, millis};
        }

        private static long processCpuNanos() {
            return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                    .getProcessCpuTime();
        }

        private static double loadAverage() {
            return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        }

        private static double timed(java.util.function.LongSupplier work) {
            long t = System.nanoTime();
            work.getAsLong();
            return (System.nanoTime() - t) / 1e9;
        }

        // ---- output --------------------------------------------------------------------------

        private ObjectNode machine() {
            ObjectNode node = api.createObjectNode();
            node.put("nproc", Runtime.getRuntime().availableProcessors());
            node.put("memory", firstLine(Path.of("/proc/meminfo"), "MemTotal:"));
            node.put("cpu", firstLine(Path.of("/proc/cpuinfo"), "model name"));
            node.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
            node.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
            node.put("jvmArgs", String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()));
            node.put("note", env.getProperty("ledger.bench.note", ""));
            return node;
        }

        private static String firstLine(Path file, String prefix) {
            try {
                return Files.readAllLines(file).stream().filter(l -> l.startsWith(prefix))
                        .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse("unknown");
            } catch (IOException e) {
                return "unknown";
            }
        }

        private void target(ObjectNode targets, String name, double value, String goal, boolean pass) {
            ObjectNode node = targets.putObject(name);
            node.put("value", round(value, 3));
            node.put("target", goal);
            node.put("result", pass ? "PASS" : "MISS");
        }

        private void row(String id, String what, String value, String target, String verdict) {
            table.add(new String[]{id, what, value, target, verdict});
        }

        private void printTable() {
            String format = "%-3s %-58s %22s %10s %5s%n";
            StringBuilder text = new StringBuilder();
            text.append(String.format(format, "#", "figure", "value", "target", ""));
            text.append("-".repeat(102)).append('\n');
            for (String[] r : table) {
                text.append(String.format(format, (Object[]) r));
            }
            System.out.print(text);
            System.out.flush();
            report.put("table", text.toString());
        }

        private void writeJson() throws IOException {
            Path dir = Path.of(env.getRequiredProperty("ledger.bench.output"));
            Files.createDirectories(dir);
            String json = out.writeValueAsString(report) + "\n";
            Path file = dir.resolve(env.getProperty("ledger.bench.run-id", "unnamed") + ".json");
            Files.writeString(file, json);
            Files.writeString(dir.resolve("latest.json"), json);
            log("figures written to %s and %s", file, dir.resolve("latest.json"));
        }

        private static void log(String format, Object... args) {
            System.err.printf("[bench %s] %s%n", java.time.LocalTime.now().withNano(0), String.format(format, args));
        }
    }

    static String fmt(double v) {
        return String.format("%,.0f", v);
    }

    static String fmt2(double v) {
        return String.format("%.2f", v);
    }

    static String fmt3(double v) {
        return String.format("%.3f", v);
    }

    static String verdict(boolean pass) {
        return pass ? "PASS" : "MISS";
    }

    static double percentile(List<Double> values, double p) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    static ObjectNode percentiles(List<Double> values) {
        ObjectNode node = JsonConfiguration.apiMapper().createObjectNode();
        node.put("count", values.size());
        if (!values.isEmpty()) {
            node.put("p50", round(percentile(values, 50), 3));
            node.put("p99", round(percentile(values, 99), 3));
            node.put("max", round(Collections.max(values), 3));
        }
        return node;
    }

    record Latency(String view, int requests, int warmup, int failures, double p50, double p99, double max) {
        ObjectNode toJson(ObjectMapper mapper) {
            ObjectNode node = mapper.createObjectNode();
            node.put("requests", requests);
            node.put("warmupRequests", warmup);
            node.put("non200", failures);
            node.put("p50Millis", round(p50, 3));
            node.put("p99Millis", round(p99, 3));
            node.put("maxMillis", round(max, 3));
            return node;
        }
    }

    /** Samples used heap every 10 ms while running, and reads the heap pools' peak usage. */
    static final class HeapWatch {
        private final AtomicBoolean running = new AtomicBoolean();
        private final AtomicLong peak = new AtomicLong();
        private Thread thread;
        private long pools;

        long usedNow() {
            Runtime r = Runtime.getRuntime();
            return r.totalMemory() - r.freeMemory();
        }

        void start() {
            ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
            running.set(true);
            peak.set(usedNow());
            thread = new Thread(() -> {
                while (running.get()) {
                    peak.accumulateAndGet(usedNow(), Math::max);
                    try {
                        Thread.sleep(10);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "heap-watch");
            thread.setDaemon(true);
            thread.start();
        }

        void stop() throws InterruptedException {
            running.set(false);
            thread.join();
            peak.accumulateAndGet(usedNow(), Math::max);
            pools = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(p -> p.getType() == MemoryType.HEAP)
                    .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        }

        long peakSampled() {
            return peak.get();
        }

        /** Sum of each heap pool's own peak: an upper bound (the pools peak at different moments). */
        long peakPools() {
            return pools;
        }
    }
}
