package io.stakingledger.app.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stakingledger.app.bench.HttpLoad.Call;
import io.stakingledger.app.store.H2Durability;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.h2.jdbcx.JdbcDataSource;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * {@code scripts/bench}: what users see over HTTP, measured against this machine's raw limits in the same
 * run (issue 18; README "Benchmarks"). This process is the load generator; the ledger is the real
 * {@code ledger-app.jar} in a process of its own ({@link LedgerServer}), on a fresh H2 file store with
 * durable acknowledgements (each commit flushed to disk before the answer), under {@code -Xmx1g}.
 * Prints a table of figures judged against the issue's targets and writes them as JSON. Not a test:
 * it never runs in {@code mvn test} and never fails the build; it exits 1 only when it cannot finish.
 */
public final class Bench {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int WINDOWS = 5;
    private static final double WARMUP = 0.2;
    private static final String HEAP = "-Xmx1g";
    /** Commands a transaction of the import, as {@code scripts/ledger import --chunk} (its default). */
    private static final int IMPORT_CHUNK = 1_000;

    private final Options options;
    private final ObjectNode report = JSON.createObjectNode();
    private final ObjectNode figures = report.putObject("figures");
    private final ObjectNode targets = report.putObject("targets");
    private final List<String[]> table = new ArrayList<>();
    private Instant profileFrom;
    private Instant profileTo;

    private Bench(Options options) {
        this.options = options;
    }

    public static void main(String[] args) {
        // Flyway and the embedded PostgreSQL log every step at INFO; the table is the output here
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
                .setLevel(ch.qos.logback.classic.Level.WARN);
        try {
            new Bench(Options.parse(args)).run();
        } catch (Exception e) {
            log("benchmark failed: %s", e);
            e.printStackTrace(System.err);
            System.exit(1);
        }
        System.exit(0);
    }

    /** The sizes of one run; {@code --quick} shrinks every load to fit a few minutes. */
    record Options(boolean quick, boolean postgres, boolean jfr, long seed, String note, Path root, Path jar,
                   Path work, String runId, Path classArchive) {

        static Options parse(String[] args) {
            boolean quick = false;
            boolean postgres = false;
            boolean jfr = false;
            long seed = 42;
            String note = "";
            Path root = null;
            Path jar = null;
            Path work = null;
            String runId = "unnamed";
            Path classArchive = null;
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--quick" -> quick = true;
                    case "--postgres" -> postgres = true;
                    case "--jfr" -> jfr = true;
                    case "--seed" -> seed = Long.parseLong(args[++i]);
                    case "--note" -> note = args[++i];
                    case "--root" -> root = Path.of(args[++i]);
                    case "--jar" -> jar = Path.of(args[++i]);
                    case "--work" -> work = Path.of(args[++i]);
                    case "--run-id" -> runId = args[++i];
                    case "--class-archive" -> classArchive = Path.of(args[++i]);
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
            if (root == null || jar == null || work == null) {
                throw new IllegalArgumentException("--root, --jar and --work are required (scripts/bench passes them)");
            }
            return new Options(quick, postgres, jfr, seed, note, root, jar, work, runId, classArchive);
        }

        int oneClientCommands() {
            return quick ? 12_000 : 100_000;
        }

        int perPoolCommands() {
            return quick ? 2_500 : 62_500;
        }

        int sharedPoolCommandsPerClient() {
            return quick ? 300 : 2_000;
        }

        int trivialRequests() {
            return quick ? 8_000 : 40_000;
        }

        int importAccounts() {
            return quick ? 5_000 : 100_000;
        }

        int importCommands() {
            return quick ? 20_000 : 1_000_000;
        }

        int latencyRequests() {
            return quick ? 2_000 : 5_000;
        }

        int rawOneWriterCommands() {
            return quick ? 8_000 : 30_000;
        }

        /** Commands of the imported pool appended again in the import's chunks for its raw limit. */
        int rawImportCommands() {
            return quick ? 20_000 : 60_000;
        }

        int rawPerWriterCommands() {
            return quick ? 1_500 : 5_000;
        }

        int postgresPerPoolCommands() {
            return quick ? 1_500 : 10_000;
        }

        /** Each load stops after this long even if its clients have requests left (a loaded machine). */
        Duration loadLimit() {
            return quick ? Duration.ofSeconds(30) : Duration.ofMinutes(10);
        }
    }

    private void run() throws Exception {
        Instant began = Instant.now();
        report.put("runId", options.runId());
        report.put("startedAt", began.toString());
        report.put("mode", options.quick() ? "quick" : "full");
        report.set("machine", machine());
        report.put("loadAverageAtStart", round(loadAverage(), 2));
        ObjectNode settings = report.putObject("options");
        settings.put("serverHeap", HEAP);
        settings.put("classDataSharing", options.classArchive() == null ? "off (LEDGER_CDS=false or no archive)"
                : "on, as scripts/ledger starts the server (scripts/class-archive)");
        settings.put("windows", WINDOWS);
        settings.put("warmupFraction", WARMUP);
        settings.put("seed", options.seed());
        settings.put("jfr", options.jfr());
        settings.put("postgres", options.postgres());
        settings.put("client", "java.net.http.HttpClient, HTTP/1.1, one keep-alive connection per client, closed loop, "
                + "in the benchmark's own process");
        settings.put("trivialEndpoint", "GET /actuator/health/liveness (no credential, no ledger work)");

        Path storeDir = options.work().resolve("store");
        Files.createDirectories(storeDir);
        String storeUrl = "jdbc:h2:file:" + storeDir.resolve("ledger") + ";DB_CLOSE_ON_EXIT=FALSE";
        Path mainHistory = options.work().resolve("import.ndjson");
        long importLines = generateToFile("kash-main", options.seed(), options.importAccounts(), options.importCommands(),
                mainHistory);
        log("generated the import history: %,d lines", importLines);

        HttpLoad.Result trivialOne;
        HttpLoad.Result trivialSixteen;
        HttpLoad.Result one;
        HttpLoad.Result sixteen;
        HttpLoad.Result shared;
        HttpLoad.Result bulk;
        long[] heapFirst;
        long sampledFirst;
        boolean oomFirst;
        double firstStart;
        log("starting the ledger on a fresh H2 file store (%s)...", storeDir);
        try (LedgerServer server = startServer(storeDir, storeUrl, "server-load", options.jfr())) {
            firstStart = server.awaitReady(Duration.ofMinutes(3));
            String key = Files.readString(storeDir.resolve("admin.key")).trim();
            server.sampleHeap(key);
            figures.put("firstStartSeconds", round(firstStart, 2));

            HttpLoad trivial = new HttpLoad(server.base(), null, WARMUP, WINDOWS, options.loadLimit());
            log("trivial endpoint, 1 client...");
            trivialOne = trivial.run("trivial-1", 1, c -> repeat(Call.get("/actuator/health/liveness"),
                    options.trivialRequests()));
            log("trivial endpoint, 16 clients...");
            trivialSixteen = trivial.run("trivial-16", 16, c -> repeat(Call.get("/actuator/health/liveness"),
                    options.trivialRequests() / 4));

            HttpLoad commands = new HttpLoad(server.base(), key, WARMUP, WINDOWS, options.loadLimit());
            profileFrom = Instant.now();
            log("commands, 1 client, 1 pool (%,d commands)...", options.oneClientCommands());
            List<Call> oneCalls = history("b-one", options.seed() + 1, Math.max(100, options.oneClientCommands() / 5),
                    options.oneClientCommands());
            one = commands.run("one-client", 1, c -> oneCalls);
            log("commands, 16 clients on 16 pools (%,d each)...", options.perPoolCommands());
            List<List<Call>> perPool = new ArrayList<>();
            for (int c = 0; c < 16; c++) {
                perPool.add(history(String.format("b-16-%02d", c), options.seed() + 10 + c,
                        Math.max(50, options.perPoolCommands() / 10), options.perPoolCommands()));
            }
            sixteen = commands.run("sixteen-pools", 16, perPool::get);
            perPool.clear();
            log("commands, 16 clients on 1 pool (%,d each)...", options.sharedPoolCommandsPerClient());
            createSharedPool(server, key, "b-shared");
            shared = commands.run("one-pool", 16, c -> sharedPoolCalls("b-shared", c,
                    options.sharedPoolCommandsPerClient()));
            profileTo = Instant.now();
            bulk = bulkOverHttp(server, key);
            heapFirst = server.gcHeapMiB();
            sampledFirst = server.sampledPeakHeap();
            server.close();
            oomFirst = server.ranOutOfMemory();
        }
        ObjectNode http = figures.putObject("http");
        http.set("trivialOneClient", json(trivialOne));
        http.set("trivialSixteenClients", json(trivialSixteen));
        http.set("oneClient", json(one));
        http.set("sixteenClientsSixteenPools", json(sixteen));
        http.set("sixteenClientsOnePool", json(shared));
        http.set("bulkOneClient", bulk == null ? JSON.getNodeFactory().textNode("not available") : json(bulk));

        // ---- bulk import, then the restart on the full store -------------------------------------
        ObjectNode importNode = figures.putObject("bulkImport");
        Double importRate = importHistory(mainHistory, importLines, storeDir, storeUrl, importNode);

        double readySeconds;
        double firstAnswerSeconds;
        HttpLoad.Result position;
        long replayedEvents = 0;
        double replayMillis;
        List<Double> replayPasses = new ArrayList<>();
        List<Double> commandSeconds = new ArrayList<>();
        long[] heapSecond;
        long sampledSecond;
        boolean oomSecond;
        // The import stores events without folding them into the views; the first start after it folds them
        // and writes the view checkpoint at its stop, as an operator's first start after an import would.
        log("first start after the import (folds the imported events into the views)...");
        double afterImportSeconds;
        try (LedgerServer server = startServer(storeDir, storeUrl, "server-after-import", false)) {
            afterImportSeconds = server.awaitReady(Duration.ofMinutes(30));
            log("ready after %.2f s; stopping (writes the view checkpoint)", afterImportSeconds);
        }
        log("restarting the ledger on the full store...");
        try (LedgerServer server = startServer(storeDir, storeUrl, "server-restart", false)) {
            readySeconds = server.awaitReady(Duration.ofMinutes(30));
            String key = Files.readString(storeDir.resolve("admin.key")).trim();
            long t = System.nanoTime();
            HttpResponse<String> first = server.send(key, "GET", "/api/pools/kash-main/positions/"
                    + EarlyStakingHistory.account(0), null);
            firstAnswerSeconds = readySeconds + (System.nanoTime() - t) / 1e9;
            log("ready after %.2f s; first position answer %d after %.2f s", readySeconds, first.statusCode(),
                    firstAnswerSeconds);
            // The first command to the imported pool loads its aggregate (its last snapshot and the events after
            // it): a withdrawal beyond any balance is refused and changes nothing, and the second one shows the
            // cost once the pool is in memory.
            String refused = "{\"account\":\"" + EarlyStakingHistory.account(0) + "\",\"amount\":\"999999999999\"}";
            for (int attempt = 0; attempt < 2; attempt++) {
                long c = System.nanoTime();
                HttpResponse<String> command = server.send(key, "POST", "/api/pools/kash-main/commands/Withdraw", refused);
                commandSeconds.add((System.nanoTime() - c) / 1e9);
                log("command %d to the imported pool: %d after %.3f s", attempt + 1, command.statusCode(),
                        commandSeconds.get(attempt));
            }
            server.sampleHeap(key);
            log("position view latency, 1 client (%,d requests)...", options.latencyRequests());
            SplittableRandom random = new SplittableRandom(options.seed());
            int accounts = Math.max(1, options.importAccounts() * 9 / 10);
            List<Call> reads = new ArrayList<>();
            for (int i = 0; i < options.latencyRequests(); i++) {
                reads.add(Call.get("/api/pools/kash-main/positions/" + EarlyStakingHistory.account(random.nextInt(accounts))));
            }
            position = new HttpLoad(server.base(), key, WARMUP, WINDOWS, options.loadLimit())
                    .run("position-view", 1, c -> reads);
            // twice, the faster counts, as for the raw limit below: after a restart from the view checkpoint the
            // server has folded nothing yet, so its first pass also compiles the fold
            log("replay: rebuilding every view from the store, twice...");
            replayMillis = Double.MAX_VALUE;
            for (int pass = 0; pass < 2; pass++) {
                HttpResponse<String> rebuilt = server.send(key, "POST", "/api/admin/views/rebuild", null);
                JsonNode answer = JSON.readTree(rebuilt.body());
                replayedEvents = answer.path("eventsReplayed").asLong();
                replayPasses.add(answer.path("millis").asDouble());
                replayMillis = Math.min(replayMillis, answer.path("millis").asDouble());
            }
            heapSecond = server.gcHeapMiB();
            sampledSecond = server.sampledPeakHeap();
            server.close();
            oomSecond = server.ranOutOfMemory();
        }
        ObjectNode restart = figures.putObject("restart");
        restart.put("storeEvents", replayedEvents);
        restart.put("readySeconds", round(readySeconds, 2));
        restart.put("firstStartAfterImportSeconds", round(afterImportSeconds, 2));
        restart.put("firstPositionAnswerSeconds", round(firstAnswerSeconds, 2));
        restart.put("firstCommandToImportedPoolSeconds", round(commandSeconds.get(0), 3));
        restart.put("secondCommandToImportedPoolSeconds", round(commandSeconds.get(1), 3));
        figures.set("positionView", json(position));

        log("raw replay limit on the same store (plain JDBC + Jackson + fold)...");
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL(H2Durability.durable(storeUrl));
        h2.setUser("sa");
        // twice, the faster counts: the first pass also warms this JVM up, as the server's first rebuild did
        long rawEvents = 0;
        double rawSeconds = Double.MAX_VALUE;
        for (int pass = 0; pass < 2; pass++) {
            long r0 = System.nanoTime();
            rawEvents = new RawReplay(h2, 10_000).run().events();
            rawSeconds = Math.min(rawSeconds, (System.nanoTime() - r0) / 1e9);
        }
        double replayRate = replayedEvents / (replayMillis / 1000);
        double rawReplayRate = rawEvents / rawSeconds;
        ObjectNode replay = figures.putObject("replay");
        replay.put("events", replayedEvents);
        replay.put("eventsPerSecond", round(replayRate, 0));
        replay.putPOJO("passMillis", replayPasses);
        replay.put("rawEvents", rawEvents);
        replay.put("rawEventsPerSecond", round(rawReplayRate, 0));
        replay.put("ratio", round(replayRate / rawReplayRate, 3));

        log("raw append limit: the same rows with plain JDBC, commit + fsync per command...");
        HttpLoad.Result rawOne;
        HttpLoad.Result rawSixteen;
        try (Connection store = h2.getConnection()) {
            List<List<List<RawAppend.Row>>> oneWriter = List.of(RawAppend.commandsOf(store, "b-one",
                    options.rawOneWriterCommands()));
            List<List<List<RawAppend.Row>>> sixteenWriters = new ArrayList<>();
            for (int c = 0; c < 16; c++) {
                sixteenWriters.add(RawAppend.commandsOf(store, String.format("b-16-%02d", c), options.rawPerWriterCommands()));
            }
            store.close();
            rawOne = rawAppendH2("raw-1", oneWriter);
            rawSixteen = rawAppendH2("raw-16", sixteenWriters);
        }
        log("raw import limit: the imported pool's rows with plain JDBC, %,d commands a transaction + fsync...",
                IMPORT_CHUNK);
        double rawImport;
        int rawImportCommands;
        try (Connection store = h2.getConnection()) {
            List<List<RawAppend.Row>> imported = RawAppend.commandsOf(store, "kash-main", options.rawImportCommands());
            store.close();
            rawImportCommands = imported.size();
            Path dir = options.work().resolve("raw-import");
            String url = H2Durability.durable("jdbc:h2:file:" + dir.resolve("raw"));
            RawAppend.migrate(url, "sa", "");
            rawImport = RawAppend.appendInChunks(url, "sa", "", RawAppend.durableFor(url), imported, IMPORT_CHUNK);
        }
        ObjectNode raw = figures.putObject("rawAppend");
        raw.set("oneWriter", json(rawOne));
        raw.set("sixteenWriters", json(rawSixteen));
        raw.putObject("importChunks").put("commands", rawImportCommands).put("chunk", IMPORT_CHUNK)
                .put("commandsPerSecond", round(rawImport, 0));

        ObjectNode heap = figures.putObject("heap");
        heap.put("ceiling", HEAP);
        heap.put("loadServerPeakBeforeGcMiB", heapFirst[0]);
        heap.put("loadServerPeakAfterGcMiB", heapFirst[1]);
        heap.put("loadServerSampledPeakMiB", sampledFirst / (1024 * 1024));
        heap.put("restartServerPeakBeforeGcMiB", heapSecond[0]);
        heap.put("restartServerPeakAfterGcMiB", heapSecond[1]);
        heap.put("restartServerSampledPeakMiB", sampledSecond / (1024 * 1024));
        heap.put("outOfMemory", oomFirst || oomSecond);
        long peakHeap = Math.max(Math.max(heapFirst[0], heapSecond[0]),
                Math.max(sampledFirst, sampledSecond) / (1024 * 1024));

        HttpLoad.Result pgSixteen = null;
        HttpLoad.Result pgRaw = null;
        if (options.postgres()) {
            HttpLoad.Result[] pg = postgres();
            pgSixteen = pg[0];
            pgRaw = pg[1];
            ObjectNode node = figures.putObject("postgres");
            node.set("sixteenClientsSixteenPools", json(pgSixteen));
            node.set("rawSixteenWriters", json(pgRaw));
        }

        // ---- the table, judged against the issue's targets ---------------------------------------
        double lowerSixteen = Math.min(trivialSixteen.perSecond(), rawSixteen.perSecond());
        row("", "raw limit: trivial endpoint, 1 client (req/s; p50/p99 ms)", rate(trivialOne), "", "");
        row("", "raw limit: trivial endpoint, 16 clients (req/s; p50/p99 ms)", rate(trivialSixteen), "", "");
        row("", "raw limit: JDBC append + fsync, 1 writer (cmd/s; p50/p99 ms)", rate(rawOne), "", "");
        row("", "raw limit: JDBC append + fsync, 16 writers (cmd/s; p50/p99 ms)", rate(rawSixteen), "", "");
        row("", "raw limit: JDBC append, " + IMPORT_CHUNK + " commands a transaction + fsync (cmd/s)", fmt(rawImport), "", "");
        double lowerOne = Math.min(trivialOne.perSecond(), rawOne.perSecond());
        row("1", "HTTP, 1 client, 1 pool: cmd/s; p50/p99 ms", rate(one), "p99 <= 5 ms",
                verdict(one.p99Millis() <= 5 && one.status5xx() == 0));
        row("", "  / lower raw limit (1 client, 1 writer); 5xx, 4xx", ratio(one.perSecond(), lowerOne)
                + "; " + one.status5xx() + ", " + one.status4xx(), "", "");
        target("httpOneClientP99Millis", one.p99Millis(), "p99 <= 5 ms", one.p99Millis() <= 5 && one.status5xx() == 0);
        boolean sixteenPass = sixteen.perSecond() >= 5_000 && sixteen.perSecond() >= 0.5 * lowerSixteen
                && sixteen.status5xx() == 0;
        row("2", "HTTP, 16 clients on 16 pools: cmd/s; p50/p99 ms", rate(sixteen), ">= 5000, >= 0.5 raw",
                verdict(sixteenPass));
        row("", "  / lower raw limit (16 clients, 16 writers); 5xx, 4xx", ratio(sixteen.perSecond(), lowerSixteen)
                + "; " + sixteen.status5xx() + ", " + sixteen.status4xx(), "", "");
        target("httpSixteenPoolsCommandsPerSecond", sixteen.perSecond(), ">= 5000 and >= 0.5 of the lower raw limit ("
                + Math.round(lowerSixteen) + ")", sixteenPass);
        targets.with("httpSixteenPoolsCommandsPerSecond").put("ratioToLowerRawLimit",
                round(sixteen.perSecond() / lowerSixteen, 3));
        boolean sharedPass = shared.perSecond() >= 2_000 && shared.status5xx() == 0;
        row("3", "HTTP, 16 clients on 1 pool: cmd/s; p50/p99 ms", rate(shared), ">= 2000, no 5xx", verdict(sharedPass));
        row("", "  / lower raw limit (16 clients, 16 writers); 5xx, 4xx", ratio(shared.perSecond(), lowerSixteen)
                + "; " + shared.status5xx() + ", " + shared.status4xx(), "", "");
        target("httpOnePoolCommandsPerSecond", shared.perSecond(), ">= 2000, no 5xx", sharedPass);
        targets.with("httpOnePoolCommandsPerSecond").put("status5xx", shared.status5xx());
        if (bulk != null) {
            row("", "HTTP bulk, 1 client, 100 commands a request: cmd/s", fmt(bulk.perSecond() * 100), "", "");
        } else {
            row("", "HTTP bulk (POST /api/pools/{pool}/commands)", "not available", "", "");
        }
        if (importRate != null) {
            row("4", "bulk import into the H2 file (scripts/ledger import): cmd/s", fmt(importRate), ">= 50000",
                    verdict(importRate >= 50_000));
            row("", "  / raw limit (the same rows, the same transactions)", ratio(importRate, rawImport), "", "");
            target("bulkImportCommandsPerSecond", importRate, ">= 50000", importRate >= 50_000);
            targets.with("bulkImportCommandsPerSecond").put("ratioToRawLimit", round(importRate / rawImport, 3));
        } else {
            row("4", "bulk import into the H2 file (scripts/ledger import)", "not available", ">= 50000", "N/A");
            targets.putObject("bulkImportCommandsPerSecond").put("value", "not available").put("target", ">= 50000")
                    .put("result", "N/A");
        }
        row("5", "restart to ready, full store (" + String.format("%,d", replayedEvents) + " events): s",
                fmt2(readySeconds), "<= 5", verdict(readySeconds <= 5));
        row("", "  / first start on an empty store (the JVM and Spring alone: " + fmt2(firstStart) + " s)",
                fmt2(readySeconds / firstStart), "", "");
        target("restartToReadySeconds", readySeconds, "<= 5", readySeconds <= 5);
        targets.with("restartToReadySeconds").put("ratioToEmptyStart", round(readySeconds / firstStart, 3));
        row("", "  first / second command to the imported pool after it: s",
                String.format("%.3f / %.3f", commandSeconds.get(0), commandSeconds.get(1)), "", "");
        double replayRatio = replayRate / rawReplayRate;
        row("6", "replay events/s; raw limit events/s", fmt(replayRate) + "; " + fmt(rawReplayRate), "", "");
        row("", "  replay / raw limit", fmt2(replayRatio), ">= 0.8", verdict(replayRatio >= 0.8));
        target("replayOverRawLimit", replayRatio, ">= 0.8", replayRatio >= 0.8);
        row("7", "position view over HTTP, full store: p50/p99 ms", fmt3(position.p50Millis()) + " / "
                + fmt3(position.p99Millis()), "p99 <= 2", verdict(position.p99Millis() <= 2));
        row("", "  p99 / the trivial endpoint's p99 (1 client)", fmt2(position.p99Millis() / trivialOne.p99Millis()), "", "");
        target("positionViewP99Millis", position.p99Millis(), "<= 2", position.p99Millis() <= 2);
        targets.with("positionViewP99Millis").put("ratioToTrivialP99", round(position.p99Millis() / trivialOne.p99Millis(), 3));
        boolean heapPass = !(oomFirst || oomSecond) && peakHeap <= 1024;
        row("8", "server heap, peak used MiB (GC log / actuator); OOM", peakHeap + "; " + (oomFirst || oomSecond ? "yes" : "no"),
                "within " + HEAP, verdict(heapPass));
        target("heapPeakMiB", peakHeap, "within " + HEAP + ", no OutOfMemoryError", heapPass);
        targets.with("heapPeakMiB").put("ratioToCeiling", round(peakHeap / 1024.0, 3));
        if (pgSixteen != null) {
            row("9", "PostgreSQL, 16 clients on 16 pools: cmd/s; p50/p99 ms", rate(pgSixteen), "reported", "PASS");
            row("", "  raw limit: JDBC append, 16 writers; ratio", fmt(pgRaw.perSecond()) + "; "
                    + ratio(pgSixteen.perSecond(), pgRaw.perSecond()), "", "");
            target("postgresSixteenPoolsCommandsPerSecond", pgSixteen.perSecond(), "reported beside its raw limit ("
                    + Math.round(pgRaw.perSecond()) + ")", true);
            targets.with("postgresSixteenPoolsCommandsPerSecond").put("ratioToRawLimit",
                    round(pgSixteen.perSecond() / pgRaw.perSecond(), 3));
        } else {
            row("9", "PostgreSQL, 16 clients on 16 pools", "not run (--postgres)", "reported", "N/A");
            targets.putObject("postgresSixteenPoolsCommandsPerSecond").put("value", "not run (--postgres)")
                    .put("target", "reported beside its raw limit").put("result", "N/A");
        }

        if (options.jfr()) {
            Path recording = options.work().resolve("server-load.jfr");
            String summary = JfrSummary.summarise(recording, profileFrom, profileTo, 25);
            Path out = options.root().resolve("bench-results").resolve(options.runId() + "-jfr.txt");
            Files.writeString(out, summary);
            Files.copy(recording, options.root().resolve("bench-results").resolve(options.runId() + ".jfr"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            report.put("jfrSummary", out.getFileName().toString());
            log("JFR summary of the command loads written to %s", out);
        }
        report.put("loadAverageAtEnd", round(loadAverage(), 2));
        report.put("totalSeconds", round(Duration.between(began, Instant.now()).toMillis() / 1000.0, 1));
        printTable();
        writeJson();
    }

    // ---- phases -------------------------------------------------------------------------------

    /** The server's JVM options: the heap bound, and the class archive the server is started with by scripts/ledger. */
    private List<String> serverJvm() {
        List<String> jvm = new ArrayList<>(List.of(HEAP));
        if (options.classArchive() != null) {
            jvm.addAll(List.of("-Xshare:auto", "-XX:SharedArchiveFile=" + options.classArchive()));
        }
        return jvm;
    }

    private LedgerServer startServer(Path storeDir, String url, String name, boolean jfr) throws IOException {
        List<String> jvm = serverJvm();
        if (jfr) {
            jvm.add("-XX:StartFlightRecording=filename=" + options.work().resolve(name + ".jfr") + ",settings=profile");
        }
        return LedgerServer.start(options.jar(), options.work(), name, jvm, List.of(
                "--spring.datasource.url=" + url,
                "--ledger.data-dir=" + storeDir,
                "--logging.level.root=WARN",
                // every request still passes the rate-limit filter; the bucket is only large enough for the load
                "--ledger.security.rate-limit.per-second=1000000000",
                "--ledger.security.rate-limit.burst=1000000000"));
    }

    private void createSharedPool(LedgerServer server, String key, String pool) throws IOException, InterruptedException {
        ObjectNode create = JSON.createObjectNode();
        create.put("pool", pool);
        create.put("program", "early-staking");
        // an epoch that ends after the load: commands without `at` take the server's clock
        create.putObject("params").put("start", Instant.now().plus(Duration.ofDays(7)).toString());
        HttpResponse<String> answer = server.send(key, "POST", "/api/pools", create.toString());
        if (answer.statusCode() / 100 != 2) {
            throw new IllegalStateException("creating " + pool + ": " + answer.statusCode() + " " + answer.body());
        }
    }

    /** Stakes without {@code at} (the server's clock orders them), each with its own commandId. */
    private static List<Call> sharedPoolCalls(String pool, int client, int commands) {
        List<Call> calls = new ArrayList<>(commands);
        for (int i = 0; i < commands; i++) {
            ObjectNode body = JSON.createObjectNode();
            body.put("account", String.format("c%02d-%04d", client, i % 100));
            body.put("amount", "1");
            body.put("commandId", String.format("s-%02d-%06d", client, i));
            calls.add(Call.post("/api/pools/" + pool + "/commands/Stake", bytes(body)));
        }
        return calls;
    }

    /** A generated early-staking history as REST calls, every command with a commandId. */
    private static List<Call> history(String pool, long seed, int accounts, long commands) {
        List<Call> calls = new ArrayList<>();
        new EarlyStakingHistory(pool, seed, accounts, commands).generate(line -> calls.add(call(line, calls.size())));
        return calls;
    }

    private static Call call(ObjectNode line, int index) {
        String type = line.remove("type").asText();
        line.put("commandId", line.get("pool").asText() + "-" + index);
        if (type.equals("CreatePool")) {
            return Call.post("/api/pools", bytes(line));
        }
        String pool = line.remove("pool").asText();
        return Call.post("/api/pools/" + pool + "/commands/" + type, bytes(line));
    }

    /**
     * {@code POST /api/pools/{pool}/commands} (branch {@code bulk}), 100 commands a request, all-or-nothing;
     * null when this build has no such endpoint.
     */
    private HttpLoad.Result bulkOverHttp(LedgerServer server, String key) throws IOException, InterruptedException {
        String pool = "b-bulk";
        List<ObjectNode> lines = new ArrayList<>();
        new EarlyStakingHistory(pool, options.seed() + 5, Math.max(100, options.oneClientCommands() / 5),
                options.oneClientCommands()).generate(lines::add);
        ObjectNode create = lines.remove(0);
        create.remove("type");
        HttpResponse<String> created = server.send(key, "POST", "/api/pools", create.toString());
        HttpResponse<String> probe = server.send(key, "POST", "/api/pools/" + pool + "/commands",
                "{\"atomic\":true,\"commands\":[]}");
        if (created.statusCode() / 100 != 2 || probe.statusCode() == 404 || probe.statusCode() == 405) {
            log("HTTP bulk endpoint not available (%d): skipped", probe.statusCode());
            return null;
        }
        List<Call> calls = new ArrayList<>();
        for (int from = 0; from < lines.size(); from += 100) {
            ObjectNode body = JSON.createObjectNode();
            body.put("atomic", true);
            var array = body.putArray("commands");
            for (int i = from; i < Math.min(lines.size(), from + 100); i++) {
                ObjectNode command = lines.get(i);
                command.remove("pool");
                command.put("commandId", pool + "-" + i);
                array.add(command);
            }
            calls.add(Call.post("/api/pools/" + pool + "/commands", bytes(body)));
        }
        log("HTTP bulk, 1 client, %,d requests of 100 commands...", calls.size());
        return new HttpLoad(server.base(), key, WARMUP, WINDOWS, options.loadLimit()).run("bulk-http", 1, c -> calls);
    }

    /**
     * {@code scripts/ledger import FILE --db URL} (branch {@code bulk}) into the stopped server's store,
     * timed as a user runs it, and once more on a one-line file for the fixed cost of starting the tool;
     * without that command, the same history is stored in-process ({@link StoreFill}) so that the restart
     * still meets a full store. Returns the import's commands per second, or null when not available.
     */
    private Double importHistory(Path history, long lines, Path storeDir, String url, ObjectNode node)
            throws IOException, InterruptedException {
        Path script = options.root().resolve("scripts/ledger");
        boolean available = Files.readString(script).contains("import)");
        node.put("commands", lines);
        if (!available) {
            log("scripts/ledger import not available: storing the history in-process instead (%,d lines)...", lines);
            node.put("available", false);
            double seconds = runTimed(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
                    "-Daxoniq.update-checker.disabled=true", "-cp", System.getProperty("java.class.path"),
                    StoreFill.class.getName(), "--spring.datasource.url=" + url, "--ledger.data-dir=" + storeDir,
                    // only fills the store for the restart (not a measured figure): no flush per command
                    "--ledger.store.fsync=false",
                    "--ledger.bench.fill=" + history), "fill");
            node.put("inProcessFillSeconds", round(seconds, 2));
            node.put("inProcessFillCommandsPerSecond", round(lines / seconds, 0));
            return null;
        }
        node.put("available", true);
        Path tiny = options.work().resolve("import-one.ndjson");
        ObjectNode create = JSON.createObjectNode();
        create.put("type", "CreatePool");
        create.put("pool", "import-probe");
        create.put("program", "early-staking");
        create.put("at", EarlyStakingHistory.CREATED.toString());
        create.putObject("params").put("start", EarlyStakingHistory.START.toString());
        Files.writeString(tiny, create + "\n");
        log("scripts/ledger import of one line (the tool's fixed cost)...");
        double fixed = runTimed(List.of(script.toString(), "import", tiny.toString(), "--db", url), "import-one");
        log("scripts/ledger import of %,d lines...", lines);
        double seconds = runTimed(List.of(script.toString(), "import", history.toString(), "--db", url, "--chunk",
                String.valueOf(IMPORT_CHUNK)), "import");
        // The tool's start is subtracted only when at least a tenth of the import is left: a one-line run that
        // took about as long (a rebuild, a stall of the machine) would otherwise turn the rate into nonsense.
        boolean subtract = seconds - fixed >= seconds / 10;
        double rate = lines / (subtract ? seconds - fixed : seconds);
        node.put("seconds", round(seconds, 2));
        node.put("toolStartSeconds", round(fixed, 2));
        node.put("toolStartSubtracted", subtract);
        node.put("commandsPerSecondWall", round(lines / seconds, 0));
        node.put("commandsPerSecond", round(rate, 0));
        return rate;
    }

    private double runTimed(List<String> command, String name) throws IOException, InterruptedException {
        Path log = options.work().resolve(name + ".log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("LEDGER_DATA_DIR", options.work().resolve("store").toString());
        builder.environment().put("AXONIQ_UPDATE_CHECKER_DISABLED", "true");
        long t = System.nanoTime();
        Process process = builder.start();
        if (!process.waitFor(2, TimeUnit.HOURS) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException(name + " failed; see " + log);
        }
        return (System.nanoTime() - t) / 1e9;
    }

    private HttpLoad.Result rawAppendH2(String name, List<List<List<RawAppend.Row>>> writers)
            throws InterruptedException {
        Path dir = options.work().resolve(name);
        String url = H2Durability.durable("jdbc:h2:file:" + dir.resolve("raw"));
        RawAppend.migrate(url, "sa", "");
        return RawAppend.append(name, url, "sa", "", RawAppend.durableFor(url), writers, WARMUP, WINDOWS, options.loadLimit());
    }

    /** The 16-pool load on a real PostgreSQL started here, and plain JDBC appends of the same rows on it. */
    private HttpLoad.Result[] postgres() throws Exception {
        log("PostgreSQL: starting an embedded server...");
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start()) {
            try (Connection admin = pg.getPostgresDatabase().getConnection()) {
                admin.createStatement().execute("CREATE DATABASE ledger");
                admin.createStatement().execute("CREATE DATABASE raw");
            }
            String ledgerUrl = pg.getJdbcUrl("postgres", "ledger");
            String rawUrl = pg.getJdbcUrl("postgres", "raw");
            Path dataDir = options.work().resolve("pg-data");
            Files.createDirectories(dataDir);
            HttpLoad.Result load;
            try (LedgerServer server = LedgerServer.start(options.jar(), options.work(), "server-postgres", serverJvm(),
                    List.of("--spring.datasource.url=" + ledgerUrl, "--spring.datasource.username=postgres",
                            "--spring.datasource.password=postgres", "--ledger.data-dir=" + dataDir,
                            "--logging.level.root=WARN", "--ledger.security.rate-limit.per-second=1000000000",
                            "--ledger.security.rate-limit.burst=1000000000"))) {
                server.awaitReady(Duration.ofMinutes(3));
                String key = Files.readString(dataDir.resolve("admin.key")).trim();
                List<List<Call>> perPool = new ArrayList<>();
                for (int c = 0; c < 16; c++) {
                    perPool.add(history(String.format("p-16-%02d", c), options.seed() + 10 + c,
                            Math.max(50, options.postgresPerPoolCommands() / 10), options.postgresPerPoolCommands()));
                }
                log("PostgreSQL: commands, 16 clients on 16 pools (%,d each)...", options.postgresPerPoolCommands());
                load = new HttpLoad(server.base(), key, WARMUP, WINDOWS, options.loadLimit())
                        .run("postgres-sixteen-pools", 16, perPool::get);
            }
            log("PostgreSQL: raw limit, the same rows appended with plain JDBC by 16 writers...");
            List<List<List<RawAppend.Row>>> writers = new ArrayList<>();
            try (Connection store = DriverManager.getConnection(ledgerUrl, "postgres", "postgres")) {
                store.setAutoCommit(false);
                for (int c = 0; c < 16; c++) {
                    writers.add(RawAppend.commandsOf(store, String.format("p-16-%02d", c), options.rawPerWriterCommands()));
                }
            }
            RawAppend.migrate(rawUrl, "postgres", "postgres");
            HttpLoad.Result raw = RawAppend.append("postgres-raw-16", rawUrl, "postgres", "postgres", null, writers,
                    WARMUP, WINDOWS, options.loadLimit());
            return new HttpLoad.Result[]{load, raw};
        }
    }

    private long generateToFile(String pool, long seed, int accounts, long commands, Path file) throws IOException {
        EarlyStakingHistory history = new EarlyStakingHistory(pool, seed, accounts, commands);
        try (BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            history.generate(line -> {
                try {
                    writer.write(line.toString());
                    writer.newLine();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return history.written() + 1;
    }

    // ---- output -------------------------------------------------------------------------------

    private static List<Call> repeat(Call call, int times) {
        List<Call> calls = new ArrayList<>(times);
        for (int i = 0; i < times; i++) {
            calls.add(call);
        }
        return calls;
    }

    private static byte[] bytes(JsonNode node) {
        return node.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static ObjectNode json(HttpLoad.Result r) {
        ObjectNode node = JSON.createObjectNode();
        node.put("clients", r.clients());
        node.put("requests", r.requests());
        node.put("perSecondMedian", round(r.perSecond(), 1));
        node.put("p50MillisMedian", round(r.p50Millis(), 3));
        node.put("p99MillisMedian", round(r.p99Millis(), 3));
        node.put("status5xx", r.status5xx());
        node.put("status4xx", r.status4xx());
        node.put("ioErrors", r.ioErrors());
        node.put("measuredSeconds", round(r.measuredSeconds(), 2));
        var windows = node.putArray("perSecondByWindow");
        for (double w : r.windowRates()) {
            windows.add(round(w, 1));
        }
        if (!r.failures().isEmpty()) {
            r.failures().forEach(node.putArray("failures")::add);
        }
        return node;
    }

    private ObjectNode machine() {
        ObjectNode node = JSON.createObjectNode();
        node.put("nproc", Runtime.getRuntime().availableProcessors());
        node.put("memory", firstLine(Path.of("/proc/meminfo"), "MemTotal:"));
        node.put("cpu", firstLine(Path.of("/proc/cpuinfo"), "model name"));
        node.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        node.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        node.put("note", options.note());
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

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private void target(String name, double value, String goal, boolean pass) {
        ObjectNode node = targets.putObject(name);
        node.put("value", round(value, 3));
        node.put("target", goal);
        node.put("result", pass ? "PASS" : "MISS");
    }

    private void row(String id, String what, String value, String target, String verdict) {
        table.add(new String[]{id, what, value, target, verdict});
    }

    private void printTable() {
        String format = "%-2s %-62s %28s %22s %5s%n";
        StringBuilder text = new StringBuilder();
        text.append(String.format(format, "#", "figure", "value", "target", ""));
        text.append("-".repeat(123)).append('\n');
        for (String[] r : table) {
            text.append(String.format(format, (Object[]) r));
        }
        System.out.print(text);
        System.out.flush();
        report.put("table", text.toString());
    }

    private void writeJson() throws IOException {
        Path dir = options.root().resolve("bench-results");
        Files.createDirectories(dir);
        String json = JSON.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(report) + "\n";
        Path file = dir.resolve(options.runId() + ".json");
        Files.writeString(file, json);
        Files.writeString(dir.resolve("latest.json"), json);
        log("figures written to %s and %s", file, dir.resolve("latest.json"));
    }

    static void log(String format, Object... args) {
        System.err.printf("[bench %s] %s%n", java.time.LocalTime.now().withNano(0), String.format(format, args));
    }

    private static String rate(HttpLoad.Result r) {
        return fmt(r.perSecond()) + "; " + fmt2(r.p50Millis()) + "/" + fmt2(r.p99Millis());
    }

    private static String ratio(double value, double limit) {
        return fmt2(value / limit);
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

    static double round(double value, int digits) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return value;
        }
        return BigDecimal.valueOf(value).setScale(digits, RoundingMode.HALF_EVEN).doubleValue();
    }
}
