package io.stakingledger.app.security;

import io.stakingledger.app.LedgerApplication;
import io.stakingledger.app.support.Http;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The server as {@code scripts/ledger serve} starts it, on a fresh H2 file store: it binds to loopback,
 * makes the bootstrap admin key once, accepts no JWT without an issuer, and limits each caller's rate
 * (here a tiny limit: 3 requests, then one per 100 s).
 */
class StandaloneServerTest {

    private static ConfigurableApplicationContext start(Path dir) {
        return new SpringApplicationBuilder(LedgerApplication.class)
                .run("--spring.datasource.url=jdbc:h2:file:" + dir.resolve("ledger") + ";DB_CLOSE_ON_EXIT=FALSE",
                        "--server.port=0", "--logging.level.root=WARN",
                        "--ledger.security.rate-limit.enabled=true", "--ledger.security.rate-limit.burst=3",
                        "--ledger.security.rate-limit.per-second=0.01");
    }

    private static Http http(ConfigurableApplicationContext context) {
        return new Http(((WebServerApplicationContext) context).getWebServer().getPort());
    }

    @Test
    void firstStartWritesAnOwnerOnlyAdminKeyOnceAndLimitsEachCaller(@TempDir Path dir) throws Exception {
        Path file = dir.resolve(BootstrapKey.FILE);
        String key;
        try (ConfigurableApplicationContext ledger = start(dir)) {
            assertThat(ledger.getEnvironment().getProperty("server.address")).isEqualTo("127.0.0.1");
            assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
            key = Files.readString(file).trim();
            assertThat(key).startsWith(ApiKeys.PREFIX);
            Http http = http(ledger);

            assertThat(http.get("/api/pools", key).status()).isEqualTo(200);
            assertThat(http.get("/api/admin/keys", key).json().findValuesAsText("name")).containsExactly("bootstrap admin");

            Http.Answer jwt = http.get("/api/pools", "eyJhbGciOiJSUzI1NiJ9.e30.c2ln");
            assertThat(jwt.status()).isEqualTo(401);
            assertThat(jwt.json().get("detail").asText()).contains("no issuer configured");

            String limited = ledger.getBean(ApiKeys.class).create(new ApiKeys.KeySpec("limited", List.of("auditor"),
                    null, null), "test").key();
            for (int i = 0; i < 3; i++) {
                assertThat(http.get("/api/pools", limited).status()).isEqualTo(200);
            }
            Http.Answer refused = http.get("/api/pools", limited);
            assertThat(refused.status()).isEqualTo(429);
            assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
            assertThat(refused.json().get("type").asText()).isEqualTo("https://staking-ledger.dev/problems/rate-limited");
            assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 100L);
            assertThat(http.get("/api/pools", key).status()).as("another caller has its own bucket").isEqualTo(200);
        }
        try (ConfigurableApplicationContext again = start(dir)) {
            assertThat(Files.readString(file).trim()).as("written on the first start only").isEqualTo(key);
            assertThat(http(again).get("/api/pools", key).status()).isEqualTo(200);
        }
    }

    @Test
    void anonymousCallersAndRefusedCredentialsAreLimitedByAddress(@TempDir Path dir) {
        try (ConfigurableApplicationContext ledger = start(dir)) {
            Http http = http(ledger);
            assertThat(http.get("/actuator/health", null).status()).isEqualTo(200);
            assertThat(http.get("/api/pools", null).status()).isEqualTo(401);
            assertThat(http.get("/api/pools", "slk_0123456789abcdef_" + "A".repeat(43)).status()).isEqualTo(401);
            Http.Answer refused = http.get("/actuator/health", null);
            assertThat(refused.status()).isEqualTo(429);
            assertThat(refused.header("Retry-After")).isNotNull();
        }
    }
}
