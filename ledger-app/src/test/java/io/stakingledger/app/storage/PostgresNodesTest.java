package io.stakingledger.app.storage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stakingledger.app.LedgerApplication;
import io.stakingledger.app.audit.ReplayAudit;
import io.stakingledger.app.audit.ReplayReport;
import io.stakingledger.app.support.LedgerHttp;
import io.stakingledger.app.support.LedgerHttp.Answer;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micrometer.core.instrument.MeterRegistry;
import io.stakingledger.app.bench.EarlyStakingHistory;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two ledger nodes on one real PostgreSQL (binaries from Maven Central on a loopback port). Each test
 * gets a database of its own. The nodes share nothing but the store, as two servers would.
 */
class PostgresNodesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres postgres;

    @TempDir
    Path dataDirs;
    private String database;
    private final List<ConfigurableApplicationContext> nodes = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void startPostgres() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stopPostgres() throws IOException {
        if (postgres != null) {
            postgres.close();
        }
    }

    @BeforeEach
    void freshDatabase() throws SQLException {
        database = "nodes" + DATABASES.incrementAndGet();
        try (Connection admin = postgres.getPostgresDatabase().getConnection()) {
            admin.createStatement().execute("CREATE DATABASE " + database);
        }
    }

    @AfterEach
    void stopNodes() {
        nodes.forEach(ConfigurableApplicationContext::close);
    }

    private ConfigurableApplicationContext node(String name, String... settings) {
        List<String> arguments = new ArrayList<>(List.of(
                "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", database),
                "--spring.datasource.username=postgres", "--spring.datasource.password=",
                "--ledger.data-dir=" + dataDirs.resolve(name), "--server.port=0", "--server.address=127.0.0.1",
                "--logging.level.root=WARN"));
        arguments.addAll(List.of(settings));
        ConfigurableApplicationContext node = new SpringApplicationBuilder(LedgerApplication.class)
                .run(arguments.toArray(String[]::new));
        nodes.add(node);
        return node;
    }

    private static String earlyStakingPool(String pool) {
        return """
                {"pool":"%s","program":"early-staking","params":{"start":"2026-01-05T00:00:00Z"},"at":"2026-01-01T00:00:00Z"}"""
                .formatted(pool);
    }

    private static Answer command(LedgerHttp node, String pool, String type, String json) {
        return node.post("/api/pools/" + pool + "/commands/" + type, json);
    }

    private static JsonNode audit(LedgerHttp node, String pool) {
        return node.get("/api/pools/" + pool + "/audit").body();
    }

    @Test
    void aRejectedCommandOnOneNodeDoesNotBreakTheChainWhenTheOtherNodeAppends() {
        LedgerHttp a = LedgerHttp.of(node("a"));
        LedgerHttp b = LedgerHttp.of(node("b"));
        assertThat(a.post("/api/pools", earlyStakingPool("chain")).status()).isEqualTo(201);
        assertThat(command(a, "chain", "Purchase", """
                {"account":"alice","amount":"1000","paidAsset":"USDC","paidAmount":"500","at":"2026-01-02T00:00:00Z"}""")
                .status()).isEqualTo(200);
        assertThat(command(a, "chain", "Withdraw", """
                {"account":"alice","amount":"999999999","at":"2026-01-02T00:00:01Z"}""").status()).isBetween(400, 499);
        assertThat(command(b, "chain", "Purchase", """
                {"account":"bob","amount":"1000","paidAsset":"USDC","paidAmount":"500","at":"2026-01-02T00:00:02Z"}""")
                .status()).isEqualTo(200);
        assertThat(command(a, "chain", "Purchase", """
                {"account":"carol","amount":"1000","paidAsset":"USDC","paidAmount":"500","at":"2026-01-02T00:00:03Z"}""")
                .status()).isEqualTo(200);
        for (LedgerHttp node : List.of(a, b)) {
            JsonNode audit = audit(node, "chain");
            assertThat(audit.get("ok").asBoolean()).as(audit.toString()).isTrue();
            assertThat(audit.get("chain").get("events").asLong()).isEqualTo(4);
        }
    }

    @Test
    void aNodeDecidesOnEveryEventTheOtherNodeStored() {
        LedgerHttp a = LedgerHttp.of(node("a"));
        LedgerHttp b = LedgerHttp.of(node("b"));
        assertThat(a.post("/api/pools", earlyStakingPool("stale")).status()).isEqualTo(201);
        assertThat(command(a, "stale", "Purchase", """
                {"account":"alice","amount":"100000","paidAsset":"USDC","paidAmount":"50000","at":"2026-01-02T00:00:00Z"}""")
                .status()).isEqualTo(200);
        String exercise = """
                {"account":"alice","dcr":"800000","deposit":"100000","at":"2026-01-02T00:01:00Z","commandId":"dcr-1"}""";
        Answer onB = command(b, "stale", "ExerciseDcr", exercise);
        assertThat(onB.status()).isEqualTo(200);
        Answer retriedOnA = command(a, "stale", "ExerciseDcr", exercise);
        assertThat(retriedOnA.status()).as(retriedOnA.body().toString()).isEqualTo(200);
        assertThat(retriedOnA.body().get("duplicate").asBoolean()).isTrue();
        assertThat(retriedOnA.body().get("events")).isEqualTo(onB.body().get("events"));

        assertThat(command(b, "stale", "Stake", """
                {"account":"bob","amount":"100","at":"2026-01-02T00:02:00Z"}""").status()).isEqualTo(200);
        Answer withdraw = command(a, "stale", "Withdraw", """
                {"account":"bob","amount":"40","at":"2026-01-02T00:03:00Z"}""");
        assertThat(withdraw.status()).as(withdraw.body().toString()).isEqualTo(200);
        assertThat(audit(a, "stale").get("ok").asBoolean()).isTrue();
    }

    @Test
    void theSameCreatePoolOnBothNodesCreatesOnePoolAndAnswersTheSecondAsADuplicate() {
        LedgerHttp a = LedgerHttp.of(node("a"));
        LedgerHttp b = LedgerHttp.of(node("b"));
        String create = """
                {"pool":"once","program":"points-boost","at":"2026-01-01T00:00:00Z","commandId":"create-once"}""";
        Answer first = a.post("/api/pools", create);
        Answer again = b.post("/api/pools", create);
        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.body().get("duplicate").asBoolean()).isTrue();
        assertThat(again.body().get("events")).isEqualTo(first.body().get("events"));
        Answer other = b.post("/api/pools", """
                {"pool":"once","program":"points-boost","at":"2026-01-01T00:00:00Z","commandId":"another"}""");
        assertThat(other.status()).isEqualTo(409);
    }

    @Test
    void concurrentClientsOnOnePoolThroughBothNodesLoseAndDoubleNothing() throws Exception {
        ConfigurableApplicationContext nodeA = node("a");
        ConfigurableApplicationContext nodeB = node("b");
        List<LedgerHttp> http = List.of(LedgerHttp.of(nodeA), LedgerHttp.of(nodeB));
        assertThat(http.get(0).post("/api/pools", """
                {"pool":"busy","program":"points-boost"}""").status()).isEqualTo(201);
        int clients = 12;
        int commandsPerClient = 25;
        Map<String, Integer> statuses = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> running = new ArrayList<>();
        for (int client = 0; client < clients; client++) {
            int id = client;
            running.add(pool.submit(() -> {
                for (int n = 0; n < commandsPerClient; n++) {
                    String commandId = "k%d-%d".formatted(id, n);
                    String body = """
                            {"account":"acct-%d","amount":"1","commandId":"%s"}""".formatted(id % 4, commandId);
                    // Every third command is sent to both nodes at once, as a client retrying elsewhere would.
                    List<LedgerHttp> targets = n % 3 == 0 ? http : List.of(http.get((id + n) % 2));
                    targets.parallelStream().forEach(node -> {
                        Answer answer = sendUntilAccepted(node, body);
                        statuses.merge("status " + answer.status(), 1, Integer::sum);
                    });
                }
            }));
        }
        for (Future<?> client : running) {
            client.get(5, TimeUnit.MINUTES);
        }
        pool.shutdown();
        assertThat(statuses.keySet().stream().filter(k -> k.startsWith("status ")).toList()).containsOnly("status 200");

        Map<String, Integer> stored = storedCommandIds("busy");
        assertThat(stored).hasSize(clients * commandsPerClient);
        assertThat(stored.values()).allMatch(count -> count == 1);
        for (LedgerHttp node : http) {
            JsonNode audit = audit(node, "busy");
            assertThat(audit.get("ok").asBoolean()).as(audit.toString()).isTrue();
        }
        for (ConfigurableApplicationContext node : List.of(nodeA, nodeB)) {
            ReplayReport replay = node.getBean(ReplayAudit.class).compare();
            assertThat(replay.identical()).as(String.valueOf(replay.differences())).isTrue();
        }
        assertThat(http.get(0).get("/api/pools/busy/positions/acct-1").body())
                .isEqualTo(http.get(1).get("/api/pools/busy/positions/acct-1").body());
    }

    @Test
    void poolSnapshotsMadeByEitherNodeLeaveEveryNodeDecidingOnTheWholeStoredHistory() throws Exception {
        String every = "--ledger.pool.snapshot-every=4";
        ConfigurableApplicationContext nodeA = node("a", every);
        ConfigurableApplicationContext nodeB = node("b", every);
        List<LedgerHttp> http = List.of(LedgerHttp.of(nodeA), LedgerHttp.of(nodeB));
        assertThat(http.get(0).post("/api/pools", """
                {"pool":"snap","program":"points-boost"}""").status()).isEqualTo(201);
        // Each node in turn: every command is decided by a node whose cached pool is behind the other's appends.
        for (int n = 0; n < 40; n++) {
            Answer stake = command(http.get(n % 2), "snap", "Stake", """
                    {"account":"acct-%d","amount":"%d"}""".formatted(n % 3, n + 1));
            assertThat(stake.status()).as(stake.body().toString()).isEqualTo(200);
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (snapshotsStored("snap") == 0 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(snapshotsStored("snap")).isPositive();

        // A third node loads the pool from a snapshot and the events after it.
        ConfigurableApplicationContext nodeC = node("c", every);
        LedgerHttp c = LedgerHttp.of(nodeC);
        // acct-0 staked 1 + 4 + ... + 40 = 287 in 14 commands
        Answer tooMuch = command(c, "snap", "Unstake", """
                {"account":"acct-0","amount":"287.000000000000000001"}""");
        assertThat(tooMuch.status()).as(tooMuch.body().toString()).isBetween(400, 499);
        Answer all = command(c, "snap", "Unstake", """
                {"account":"acct-0","amount":"287"}""");
        assertThat(all.status()).as(all.body().toString()).isEqualTo(200);
        assertThat(nodeC.getBean(MeterRegistry.class).get("ledger.pool.snapshot.loads").counter().count()).isPositive();
        assertThat(command(http.get(0), "snap", "Unstake", """
                {"account":"acct-0","amount":"1"}""").status()).isBetween(400, 499);

        for (LedgerHttp node : List.of(http.get(0), http.get(1), c)) {
            JsonNode audit = audit(node, "snap");
            assertThat(audit.get("ok").asBoolean()).as(audit.toString()).isTrue();
            assertThat(node.get("/api/pools/snap/positions/acct-1").body())
                    .isEqualTo(c.get("/api/pools/snap/positions/acct-1").body());
        }
        ReplayReport replay = nodeC.getBean(ReplayAudit.class).compare();
        assertThat(replay.identical()).as(String.valueOf(replay.differences())).isTrue();
    }

    @Test
    void generatedHistoriesOfEightPoolsAtOnceWithASnapshotEveryFortyEventsAreAllAccepted() throws Exception {
        LedgerHttp node = LedgerHttp.of(node("a", "--ledger.pool.snapshot-every=40"));
        int pools = 8;
        Map<String, String> failures = new ConcurrentHashMap<>();
        ExecutorService clients = Executors.newFixedThreadPool(pools);
        List<Future<?>> running = new ArrayList<>();
        // The benchmark's histories (every command kind, with business times), as its PostgreSQL load sends them.
        for (int c = 0; c < pools; c++) {
            String pool = "gen-" + c;
            List<ObjectNode> lines = new ArrayList<>();
            new EarlyStakingHistory(pool, 42 + c, 50, 400).generate(lines::add);
            running.add(clients.submit(() -> {
                for (int i = 0; i < lines.size(); i++) {
                    ObjectNode line = lines.get(i);
                    String type = line.remove("type").asText();
                    line.put("commandId", pool + "-" + i);
                    Answer answer;
                    if (type.equals("CreatePool")) {
                        answer = node.post("/api/pools", line.toString());
                    } else {
                        line.remove("pool");
                        answer = command(node, pool, type, line.toString());
                    }
                    if (answer.status() / 100 != 2) {
                        failures.put(pool + " #" + i + " " + type, answer.status() + " " + answer.body());
                    }
                }
            }));
        }
        for (Future<?> client : running) {
            client.get(5, TimeUnit.MINUTES);
        }
        clients.shutdown();
        assertThat(failures).isEmpty();
    }

    private long snapshotsStored(String pool) throws SQLException {
        try (Connection store = postgres.getDatabase("postgres", database).getConnection();
             ResultSet rows = store.createStatement().executeQuery(
                     "SELECT COUNT(*) FROM SnapshotEventEntry WHERE aggregateIdentifier = '" + pool + "'")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** A client's retry on a 409 that says to send again (the server already retried a bounded number of times). */
    private static Answer sendUntilAccepted(LedgerHttp node, String body) {
        for (int attempt = 0; ; attempt++) {
            Answer answer = node.post("/api/pools/busy/commands/Stake", body);
            if (answer.status() != 409 || attempt == 20) {
                return answer;
            }
        }
    }

    private Map<String, Integer> storedCommandIds(String pool) throws SQLException, IOException {
        Map<String, Integer> counts = new HashMap<>();
        try (Connection store = postgres.getDatabase("postgres", database).getConnection();
             ResultSet rows = store.createStatement().executeQuery(
                     "SELECT metaData FROM DomainEventEntry WHERE aggregateIdentifier = '" + pool + "' AND sequenceNumber > 0")) {
            while (rows.next()) {
                counts.merge(JSON.readTree(rows.getString(1)).path("commandId").asText(), 1, Integer::sum);
            }
        }
        return counts;
    }

    @Test
    void twoNodesStartingTogetherOnAnEmptyDatabaseBothComeUp() throws Exception {
        // Two Spring applications starting at once in one JVM would both reconfigure the one Logback (it
        // races); separate servers have a logging system each, so here the nodes leave logging alone.
        String loggingSystem = System.setProperty(LoggingSystem.SYSTEM_PROPERTY, LoggingSystem.NONE);
        ExecutorService starting = Executors.newFixedThreadPool(2);
        List<Future<ConfigurableApplicationContext>> started;
        try {
            started = List.of(starting.submit(() -> node("a")), starting.submit(() -> node("b")));
            for (Future<ConfigurableApplicationContext> node : started) {
                assertThat(node.get(3, TimeUnit.MINUTES).isRunning()).isTrue();
            }
        } finally {
            if (loggingSystem == null) {
                System.clearProperty(LoggingSystem.SYSTEM_PROPERTY);
            } else {
                System.setProperty(LoggingSystem.SYSTEM_PROPERTY, loggingSystem);
            }
        }
        starting.shutdown();
        LedgerHttp a = LedgerHttp.of(started.get(0).get());
        LedgerHttp b = LedgerHttp.of(started.get(1).get());
        assertThat(a.post("/api/pools", """
                {"pool":"together","program":"points-boost"}""").status()).isEqualTo(201);
        assertThat(b.get("/api/pools/together").status()).isEqualTo(200);
        assertThat(List.of(a.get("/api/audit").status(), b.get("/api/audit").status())).containsOnly(200);
    }
}
