package io.stakingledger.app.security;

import io.stakingledger.app.batch.BatchRunner;
import io.stakingledger.app.support.Batch;
import io.stakingledger.app.support.Http;
import io.stakingledger.app.support.LedgerAppTest;
import io.stakingledger.app.support.TestIssuer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** OAuth2 bearer JWTs from the local test issuer ({@link TestIssuer}): what is accepted, what is refused. */
@LedgerAppTest
class JwtAuthenticationTest {

    @LocalServerPort
    int port;
    @Autowired
    BatchRunner runner;
    @Autowired
    JdbcTemplate jdbc;

    private Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @Test
    void aValidTokenActsWithItsRolesAndTheEventsRecordItsSubject() {
        String pool = Batch.uniquePool("jwt");
        String operator = TestIssuer.trusted().token("ops-robot", Map.of("roles", List.of("operator")));
        Http.Answer created = http.post("/api/pools", "{\"pool\":\"" + pool + "\",\"program\":\"vote-escrow\","
                + "\"at\":\"2026-01-01T00:00:00Z\"}", operator);
        assertThat(created.status()).isEqualTo(201);
        String metaData = jdbc.queryForObject("SELECT metaData FROM DomainEventEntry WHERE aggregateIdentifier = ?",
                String.class, pool);
        assertThat(metaData).contains("\"actor\":\"jwt:ops-robot\"");
        assertThat(http.post("/api/pools/" + pool + "/commands/Lock", "{\"account\":\"alice\",\"amount\":\"1\","
                + "\"term\":\"4M\",\"at\":\"2026-01-02T00:00:00Z\"}", operator).status()).isEqualTo(403);
    }

    @Test
    void rolesMayComeAsSpaceSeparatedScopesAndTheAccountFromItsClaim() {
        String pool = Batch.uniquePool("jwt");
        new Batch(runner).run(pool, """
                {"type":"CreatePool","pool":"$pool","program":"vote-escrow","at":"2026-01-01T00:00:00Z"}
                {"type":"Lock","pool":"$pool","account":"bob","amount":"5","term":"4M","at":"2026-01-02T00:00:00Z"}
                """);
        String alice = TestIssuer.trusted().token("user-17", Map.of("roles", "account auditor-not-a-role",
                "account", "alice"));
        assertThat(http.post("/api/pools/" + pool + "/commands/Lock", "{\"account\":\"alice\",\"amount\":\"1\","
                + "\"term\":\"4M\",\"at\":\"2026-01-03T00:00:00Z\"}", alice).status()).isEqualTo(200);
        assertThat(http.get("/api/pools/" + pool + "/positions/alice", alice).status()).isEqualTo(200);
        assertThat(http.get("/api/pools/" + pool + "/positions/bob", alice).status()).isEqualTo(403);
    }

    @Test
    void anExpiredTokenIsRefused() {
        String expired = TestIssuer.trusted().token("late", Map.of("roles", List.of("admin")),
                Instant.now().minusSeconds(3600));
        Http.Answer answer = http.get("/api/pools", expired);
        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.json().get("type").asText()).endsWith("/problems/unauthenticated");
        assertThat(answer.json().get("detail").asText()).containsIgnoringCase("expired");
    }

    @Test
    void aTokenOfAnotherIssuerIsRefused() {
        String foreign = TestIssuer.wrongIssuer().token("stranger", Map.of("roles", List.of("admin")));
        assertThat(http.get("/api/pools", foreign).status()).isEqualTo(401);
    }

    @Test
    void aTokenWithAWrongSignatureIsRefused() {
        String forged = TestIssuer.forger().token("mallory", Map.of("roles", List.of("admin")));
        assertThat(http.get("/api/pools", forged).status()).isEqualTo(401);
        String trusted = TestIssuer.trusted().token("mallory", Map.of("roles", List.of("auditor")));
        String[] parts = trusted.split("\\.");
        String tampered = parts[0] + "." + TestIssuer.trusted().token("mallory", Map.of("roles", List.of("admin")))
                .split("\\.")[1] + "." + parts[2];
        assertThat(http.get("/api/pools", tampered).status()).isEqualTo(401);
        assertThat(http.get("/api/pools", "not-a-token").status()).isEqualTo(401);
    }

    @Test
    void aTokenWithoutARoleClaimIsAuthenticatedButMayDoNothing() {
        String bare = TestIssuer.trusted().token("nobody", Map.of());
        Http.Answer answer = http.get("/api/pools", bare);
        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.json().get("permission").asText()).isEqualTo("pools:read");
        assertThat(http.get("/v3/api-docs", bare).status()).as("the published contract is open to anyone").isEqualTo(200);
        assertThat(http.get("/actuator/health", bare).status()).isEqualTo(200);
    }

    @Test
    void anAccountRoleWithoutAnAccountClaimActsAsNoOne() {
        String pool = Batch.uniquePool("jwt");
        new Batch(runner).run(pool, """
                {"type":"CreatePool","pool":"$pool","program":"vote-escrow","at":"2026-01-01T00:00:00Z"}
                """);
        String unbound = TestIssuer.trusted().token("half", Map.of("roles", List.of("account")));
        assertThat(http.post("/api/pools/" + pool + "/commands/Lock", "{\"account\":\"alice\",\"amount\":\"1\","
                + "\"term\":\"4M\",\"at\":\"2026-01-03T00:00:00Z\"}", unbound).status()).isEqualTo(403);
    }
}
