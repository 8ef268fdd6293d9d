package io.stakingledger.app.security;

import com.fasterxml.jackson.databind.JsonNode;
import io.stakingledger.app.support.Batch;
import io.stakingledger.app.support.Http;
import io.stakingledger.app.support.LedgerAppTest;
import io.stakingledger.app.support.TestKeys;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** API keys: made, used, listed and revoked over REST; a revoked key is refused at once; secrets stay secret. */
@LedgerAppTest
@ExtendWith(OutputCaptureExtension.class)
class ApiKeyTest {

    @LocalServerPort
    int port;
    @Autowired
    TestKeys keys;
    @Autowired
    ApiKeys apiKeys;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    io.micrometer.core.instrument.MeterRegistry meters;

    private Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    private JsonNode create(String body) {
        Http.Answer created = http.post("/api/admin/keys", body, keys.admin());
        assertThat(created.status()).isEqualTo(201);
        return created.json();
    }

    @Test
    void aRevokedKeyIsRefusedAtOnce() {
        JsonNode created = create("{\"name\":\"reporting\",\"roles\":[\"auditor\"]}");
        String key = created.get("key").asText();
        String id = created.at("/details/id").asText();
        assertThat(key).startsWith("slk_" + id + "_");
        assertThat(http.get("/api/pools", key).status()).isEqualTo(200);

        Http.Answer revoked = http.delete("/api/admin/keys/" + id, keys.admin());
        assertThat(revoked.status()).isEqualTo(200);
        assertThat(revoked.json().get("revokedBy").asText()).isEqualTo(ApiKeys.actorOf(ApiKeys.keyIdOf(keys.admin())));

        Http.Answer refused = http.get("/api/pools", key);
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.json().get("detail").asText()).contains("unknown or revoked API key");
        assertThat(http.delete("/api/admin/keys/0000000000000000", keys.admin()).status()).isEqualTo(404);
    }

    @Test
    void aKeyWithTheRightIdButAnotherSecretIsRefused() {
        String key = keys.fresh("admin", null, null);
        String guessed = key.substring(0, key.length() - 4) + (key.endsWith("AAAA") ? "BBBB" : "AAAA");
        assertThat(http.get("/api/pools", guessed).status()).isEqualTo(401);
        assertThat(http.get("/api/pools", "slk_short").status()).isEqualTo(401);
    }

    @Test
    void keysThatCouldNotWorkAreNotMade() {
        assertThat(http.post("/api/admin/keys", "{\"name\":\"x\",\"roles\":[\"account\"]}", keys.admin()).status())
                .isEqualTo(400);
        assertThat(http.post("/api/admin/keys", "{\"name\":\"x\",\"roles\":[\"superuser\"]}", keys.admin()).status())
                .isEqualTo(400);
        assertThat(http.post("/api/admin/keys", "{\"name\":\"x\",\"roles\":[\"auditor\"],\"account\":\"a\"}",
                keys.admin()).status()).isEqualTo(400);
        assertThat(http.post("/api/admin/keys", "{\"roles\":[\"auditor\"]}", keys.admin()).status()).isEqualTo(400);
    }

    @Test
    void secretsNeverAppearInLogsAnswersOrEvents(CapturedOutput output) {
        JsonNode created = create("{\"name\":\"ingest\",\"roles\":[\"recorder\",\"operator\"],\"pools\":[]}");
        String key = created.get("key").asText();
        String secret = key.substring(key.indexOf('_', ApiKeys.PREFIX.length()) + 1);
        String pool = Batch.uniquePool("secret");
        assertThat(http.post("/api/pools", "{\"pool\":\"" + pool + "\",\"program\":\"vote-escrow\","
                + "\"at\":\"2026-01-01T00:00:00Z\"}", key).status()).isEqualTo(201);
        assertThat(http.post("/api/pools/" + pool + "/commands/Lock", "{\"account\":\"alice\",\"amount\":\"1\","
                + "\"term\":\"4M\",\"at\":\"2026-01-02T00:00:00Z\"}", key).status()).isEqualTo(200);
        http.get("/api/events?after=0&limit=1", key);                          // refused: logged with the key id only
        http.get("/api/pools", key.substring(0, key.length() - 1) + "x");     // a wrong secret: logged without it

        String id = created.at("/details/id").asText();
        String listed = http.get("/api/admin/keys", keys.admin()).body();
        assertThat(listed).contains(id).doesNotContain(secret);
        long before = jdbc.queryForObject("SELECT MIN(globalIndex) - 1 FROM DomainEventEntry WHERE aggregateIdentifier = ?",
                Long.class, pool);
        String export = http.get("/api/events?limit=10&after=" + before, keys.admin()).body();
        assertThat(export).contains("\"actor\":\"key:" + id + "\"").doesNotContain(secret);
        List<Map<String, Object>> rows = jdbc.queryForList("SELECT * FROM DomainEventEntry WHERE aggregateIdentifier = ?", pool);
        assertThat(rows).isNotEmpty();
        assertThat(rows.toString()).doesNotContain(secret);
        assertThat(jdbc.queryForList("SELECT * FROM ApiKey").toString()).doesNotContain(secret)
                .contains(ApiKeys.hash(secret));
        assertThat(output.getAll()).doesNotContain(secret).contains("actor=key:" + id);
        http.delete("/api/admin/keys/" + id, keys.admin());
        assertThat(output.getAll()).doesNotContain(secret);
    }

    @Test
    void refusalsAreCounted() {
        double before = denied("403");
        http.get("/api/events", keys.operator());
        assertThat(denied("403")).isEqualTo(before + 1);
        double unauthenticated = denied("401");
        http.get("/api/pools", null);
        assertThat(denied("401")).isEqualTo(unauthenticated + 1);
    }

    private double denied(String status) {
        return meters.find("ledger.security.denied").tag("status", status).counters().stream()
                .mapToDouble(io.micrometer.core.instrument.Counter::count).sum();
    }

    @Test
    void aRepeatedCommandIdDoesNotShowAnotherAccountsEvents() {
        String pool = Batch.uniquePool("dup");
        assertThat(http.post("/api/pools", "{\"pool\":\"" + pool + "\",\"program\":\"vote-escrow\","
                + "\"at\":\"2026-01-01T00:00:00Z\"}", keys.operator()).status()).isEqualTo(201);
        String lock = "{\"account\":\"%s\",\"amount\":\"1\",\"term\":\"4M\",\"at\":\"2026-01-02T00:00:00Z\",\"commandId\":\"c-1\"}";
        assertThat(http.post("/api/pools/" + pool + "/commands/Lock", lock.formatted("alice"), keys.account("alice"))
                .status()).isEqualTo(200);
        Http.Answer bob = http.post("/api/pools/" + pool + "/commands/Lock", lock.formatted("bob"), keys.account("bob"));
        assertThat(bob.status()).isEqualTo(409);
        assertThat(bob.body()).doesNotContain("alice");
        Http.Answer again = http.post("/api/pools/" + pool + "/commands/Lock", lock.formatted("alice"), keys.account("alice"));
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("duplicate").asBoolean()).isTrue();
    }

    @Test
    void theStoreHoldsOnlyTheSecretsHash() {
        String key = keys.fresh("auditor", null, null);
        String id = ApiKeys.keyIdOf(key);
        String stored = jdbc.queryForObject("SELECT secretHash FROM ApiKey WHERE keyId = ?", String.class, id);
        assertThat(stored).hasSize(64).isEqualTo(ApiKeys.hash(key.substring(key.indexOf('_', ApiKeys.PREFIX.length()) + 1)));
        assertThat(apiKeys.authenticate(key)).isPresent();
    }

    @Test
    void ofNodesMakingTheFirstKeyTogetherExactlyOneMakesIt() throws Exception {
        jdbc.update("DELETE FROM BootstrapClaim");
        ApiKeys.KeySpec spec = new ApiKeys.KeySpec("first admin race", List.of("admin"), null, null);
        java.util.concurrent.ExecutorService nodes = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<java.util.Optional<ApiKeys.CreatedKey>>> attempts = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                attempts.add(nodes.submit(() -> {
                    start.await();
                    return apiKeys.createFirst(spec, "bootstrap");
                }));
            }
            start.countDown();
            int made = 0;
            for (var attempt : attempts) {
                made += attempt.get().isPresent() ? 1 : 0;
            }

            assertThat(made).isEqualTo(1);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ApiKey WHERE name = 'first admin race'", Integer.class))
                    .isEqualTo(1);
            assertThat(apiKeys.createFirst(spec, "bootstrap")).isEmpty();
        } finally {
            nodes.shutdownNow();
            jdbc.update("DELETE FROM ApiKey WHERE name = 'first admin race'");
        }
    }
}
