package io.stakingledger.app.security;

import com.fasterxml.jackson.databind.JsonNode;
import io.stakingledger.app.batch.BatchRunner;
import io.stakingledger.app.support.Batch;
import io.stakingledger.app.support.Http;
import io.stakingledger.app.support.LedgerAppTest;
import io.stakingledger.app.support.TestKeys;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every REST endpoint × every role (and anonymous) → the status docs/security.md documents: the allowed
 * roles get their 2xx, everyone else authenticated a 403 problem naming the missing permission, an
 * anonymous caller a 401 problem; and after each refusal the store holds exactly what it held before.
 */
@LedgerAppTest
class SecurityMatrixTest {

    private static final String ANONYMOUS = "anonymous";
    private static final String NO_BODY = null;
    private static final List<String> CALLERS = List.of(ANONYMOUS, "admin", "operator", "recorder", "auditor", "alice", "bob");
    private static final Set<String> EVERY_ROLE = Set.of("admin", "operator", "recorder", "auditor", "alice", "bob");
    private static final Set<String> ACCOUNT_READERS = Set.of("admin", "operator", "recorder", "auditor");

    @LocalServerPort
    int port;
    @Autowired
    TestKeys keys;
    @Autowired
    BatchRunner runner;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private Http http;
    private final Map<String, String> bearer = new LinkedHashMap<>();

    /** One endpoint, a concrete request to it, and who may call it (besides admin, who may call everything). */
    private record Endpoint(String method, String template, Supplier<String> path, Supplier<String> body,
                            Set<String> allowed, int success) {

        Endpoint(String method, String template, Supplier<String> path, String body, Set<String> allowed, int success) {
            this(method, template, path, () -> body, allowed, success);
        }
    }

    @BeforeEach
    void callers() {
        http = new Http(port);
        bearer.put("admin", keys.admin());
        bearer.put("operator", keys.operator());
        bearer.put("recorder", keys.recorder());
        bearer.put("auditor", keys.auditor());
        bearer.put("alice", keys.account("alice"));
        bearer.put("bob", keys.account("bob"));
    }

    private String pool(String program, String extra) {
        String pool = Batch.uniquePool("matrix");
        assertThat(new Batch(runner).run(pool, """
                {"type":"CreatePool","pool":"$pool","program":"%s",%s"at":"2026-01-01T00:00:00Z"}
                """.formatted(program, extra))).isEmpty();
        return pool;
    }

    private List<Endpoint> endpoints() {
        String es = pool("early-staking", "\"params\":{\"start\":\"2026-01-05T00:00:00Z\"},");
        new Batch(runner).run(es, """
                {"type":"Purchase","pool":"$pool","account":"alice","amount":"1000","paidAsset":"USDC","paidAmount":"500","at":"2026-01-02T00:00:00Z"}
                {"type":"Purchase","pool":"$pool","account":"bob","amount":"1000","paidAsset":"USDC","paidAmount":"500","at":"2026-01-02T00:00:00Z"}
                """);
        String purchases = pool("early-staking", "\"params\":{\"start\":\"2026-01-05T00:00:00Z\"},");
        String closing = pool("early-staking", "\"params\":{\"start\":\"2026-01-05T00:00:00Z\"},");
        String bulkClosing = pool("early-staking", "\"params\":{\"start\":\"2026-01-05T00:00:00Z\"},");
        String points = pool("points-boost", "");
        String gm = pool("governance-mining", "");
        new Batch(runner).run(gm, """
                {"type":"RequestStake","pool":"$pool","account":"alice","amount":"100","at":"2026-03-01T00:00:00Z"}
                """);
        String revocable = ApiKeys.keyIdOf(keys.fresh("auditor", null, null));
        Set<String> operators = Set.of("operator");
        Set<String> recorders = Set.of("recorder", "alice");
        Set<String> readers = Set.of("auditor");
        Set<String> nobody = Set.of();
        List<Endpoint> list = new ArrayList<>();
        list.add(new Endpoint("GET", "/api/pools", () -> "/api/pools", NO_BODY, EVERY_ROLE, 200));
        list.add(new Endpoint("POST", "/api/pools", () -> "/api/pools", () -> "{\"pool\":\"" + Batch.uniquePool("created")
                + "\",\"program\":\"vote-escrow\",\"at\":\"2026-01-01T00:00:00Z\"}", operators, 201));
        list.add(new Endpoint("POST", "/api/pools/{pool}/commands/{type}", () -> "/api/pools/" + purchases
                + "/commands/Purchase", "{\"account\":\"alice\",\"amount\":\"10\",\"paidAsset\":\"USDC\",\"paidAmount\":\"5\","
                + "\"at\":\"2026-01-03T00:00:00Z\",\"commandId\":\"m-purchase\"}", recorders, 200));
        list.add(new Endpoint("POST", "/api/pools/{pool}/commands/{type}", () -> "/api/pools/" + closing
                + "/commands/CloseEpoch", "{\"at\":\"2026-01-12T00:00:00Z\",\"commandId\":\"m-close\"}", operators, 200));
        list.add(new Endpoint("POST", "/api/pools/{pool}/commands/{type}", () -> "/api/pools/" + points
                + "/commands/SetBasePoints", "{\"account\":\"alice\",\"pointsPerDay\":\"100\",\"at\":\"2026-01-02T00:00:00Z\","
                + "\"commandId\":\"m-base\"}", operators, 200));
        list.add(new Endpoint("POST", "/api/pools/{pool}/commands", () -> "/api/pools/" + purchases + "/commands",
                "{\"commands\":[{\"type\":\"Purchase\",\"account\":\"alice\",\"amount\":\"10\",\"paidAsset\":\"USDC\","
                + "\"paidAmount\":\"5\",\"at\":\"2026-01-03T00:00:00Z\",\"commandId\":\"m-bulk-purchase\"}]}", recorders, 200));
        list.add(new Endpoint("POST", "/api/pools/{pool}/commands", () -> "/api/pools/" + bulkClosing + "/commands",
                "{\"commands\":[{\"type\":\"CloseEpoch\",\"at\":\"2026-01-12T00:00:00Z\",\"commandId\":\"m-bulk-close\"}]}",
                operators, 200));
        list.add(new Endpoint("GET", "/api/pools/{pool}", () -> "/api/pools/" + es, NO_BODY, EVERY_ROLE, 200));
        list.add(new Endpoint("GET", "/api/pools/{pool}/positions/{account}", () -> "/api/pools/" + es + "/positions/alice",
                NO_BODY, union(ACCOUNT_READERS, Set.of("alice")), 200));
        list.add(new Endpoint("GET", "/api/pools/{pool}/positions", () -> "/api/pools/" + es + "/positions?limit=5",
                NO_BODY, ACCOUNT_READERS, 200));
        list.add(new Endpoint("GET", "/api/pools/{pool}/views/{view}", () -> "/api/pools/" + es + "/views/sharePrices",
                NO_BODY, EVERY_ROLE, 200));
        list.add(new Endpoint("GET", "/api/pools/{pool}/views/{view}", () -> "/api/pools/" + es + "/views/epbCurve",
                NO_BODY, EVERY_ROLE, 200));
        list.add(new Endpoint("GET", "/api/pools/{pool}/views/{view}", () -> "/api/pools/" + gm
                + "/views/penalties?account=alice", NO_BODY, union(ACCOUNT_READERS, Set.of("alice")), 200));
        list.add(new Endpoint("GET", "/api/pools/{pool}/views/{view}", () -> "/api/pools/" + gm + "/views/penalties",
                NO_BODY, ACCOUNT_READERS, 200));
        list.add(new Endpoint("GET", "/api/pools/{pool}/accounts/{account}/statement", () -> "/api/pools/" + es
                + "/accounts/alice/statement", NO_BODY, union(ACCOUNT_READERS, Set.of("alice")), 200));
        String period = "from=2026-01-01T00:00:00Z&to=2026-01-03T00:00:00Z";
        list.add(new Endpoint("GET", "/api/pools/{pool}/reports/rewards", () -> "/api/pools/" + es
                + "/reports/rewards?" + period, NO_BODY, ACCOUNT_READERS, 200));
        list.add(new Endpoint("GET", "/api/pools/{pool}/reports/rewards", () -> "/api/pools/" + es
                + "/reports/rewards?account=alice&" + period, NO_BODY, union(ACCOUNT_READERS, Set.of("alice")), 200));
        list.add(new Endpoint("GET", "/api/pools/{pool}/reports/reconciliation", () -> "/api/pools/" + es
                + "/reports/reconciliation?" + period, NO_BODY, EVERY_ROLE, 200));
        list.add(new Endpoint("GET", "/api/events", () -> "/api/events?after=0&limit=5", NO_BODY, readers, 200));
        list.add(new Endpoint("GET", "/api/pools/{pool}/audit", () -> "/api/pools/" + es + "/audit", NO_BODY, readers, 200));
        list.add(new Endpoint("GET", "/api/audit", () -> "/api/audit", NO_BODY, readers, 200));
        list.add(new Endpoint("POST", "/api/admin/replay", () -> "/api/admin/replay", NO_BODY, nobody, 200));
        list.add(new Endpoint("GET", "/api/admin/progress", () -> "/api/admin/progress", NO_BODY, nobody, 200));
        list.add(new Endpoint("POST", "/api/admin/views/rebuild", () -> "/api/admin/views/rebuild", NO_BODY, nobody, 200));
        list.add(new Endpoint("GET", "/api/admin/keys", () -> "/api/admin/keys", NO_BODY, nobody, 200));
        list.add(new Endpoint("POST", "/api/admin/keys", () -> "/api/admin/keys",
                "{\"name\":\"made by the matrix\",\"roles\":[\"auditor\"]}", nobody, 201));
        list.add(new Endpoint("DELETE", "/api/admin/keys/{id}", () -> "/api/admin/keys/" + revocable, NO_BODY, nobody, 200));
        list.add(new Endpoint("GET", "/actuator", () -> "/actuator", NO_BODY, readers, 200));
        return list;
    }

    @Test
    void everyEndpointAnswersEachRoleAsDocumented() {
        List<String> mismatches = new ArrayList<>();
        for (Endpoint endpoint : endpoints()) {
            // admin first would change state that later callers' denials are compared against; it goes last
            List<String> order = new ArrayList<>(CALLERS);
            order.remove("admin");
            order.add("admin");
            for (String caller : order) {
                long[] before = state();
                Http.Answer answer = http.send(endpoint.method(), endpoint.path().get(), endpoint.body().get(),
                        bearer.get(caller));
                boolean allowed = caller.equals("admin") || endpoint.allowed().contains(caller);
                int expected = caller.equals(ANONYMOUS) ? 401 : allowed ? endpoint.success() : 403;
                String call = endpoint.method() + " " + endpoint.path().get() + " as " + caller;
                if (answer.status() != expected) {
                    mismatches.add(call + ": " + answer.status() + " (expected " + expected + ") " + answer.body());
                    continue;
                }
                if (expected == 401 || expected == 403) {
                    assertThat(answer.header("Content-Type")).as(call).startsWith("application/problem+json");
                    JsonNode problem = answer.json();
                    assertThat(problem.get("type").asText()).as(call).isEqualTo("https://staking-ledger.dev/problems/"
                            + (expected == 401 ? "unauthenticated" : "permission-denied"));
                    if (expected == 403) {
                        assertThat(problem.get("detail").asText()).as(call).contains(problem.get("permission").asText());
                    }
                    assertThat(state()).as("state after the refused " + call).containsExactly(before);
                }
            }
        }
        assertThat(mismatches).isEmpty();
    }

    @Test
    void anAnonymousCallerReachesNothingButHealthAndTheApiContract() {
        assertThat(http.get("/actuator/health", null).status()).isEqualTo(200);
        assertThat(http.get("/actuator/health/liveness", null).status()).isEqualTo(200);
        // the published contract and its UI describe the API; they hold no ledger data
        assertThat(http.get("/v3/api-docs", null).status()).isEqualTo(200);
        assertThat(http.get("/swagger-ui/index.html", null).status()).isEqualTo(200);
        assertThat(http.post("/v3/api-docs", "{}", null).status()).as("only reading is open").isEqualTo(401);
        for (String path : List.of("/actuator", "/actuator/metrics", "/api/pools", "/no/such/page", "/error")) {
            assertThat(http.get(path, null).status()).as(path).isEqualTo(401);
        }
    }

    @Test
    void theMatrixCoversEveryRestEndpoint() {
        Set<String> mapped = new TreeSet<>();
        mappings.getHandlerMethods().keySet().forEach(info -> info.getPatternValues().stream()
                .filter(pattern -> pattern.startsWith("/api/"))
                .forEach(pattern -> info.getMethodsCondition().getMethods()
                        .forEach(method -> mapped.add(method + " " + pattern))));
        Set<String> covered = new TreeSet<>();
        endpoints().forEach(e -> covered.add(e.method() + " " + e.template()));
        assertThat(covered).containsAll(mapped);
    }

    /** Events stored, keys, revoked keys: what a refused request must not change. */
    private long[] state() {
        return new long[]{
                jdbc.queryForObject("SELECT COUNT(*) FROM DomainEventEntry", Long.class),
                jdbc.queryForObject("SELECT COUNT(*) FROM ApiKey", Long.class),
                jdbc.queryForObject("SELECT COUNT(revokedAt) FROM ApiKey", Long.class)};
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new TreeSet<>(a);
        all.addAll(b);
        return all;
    }
}
