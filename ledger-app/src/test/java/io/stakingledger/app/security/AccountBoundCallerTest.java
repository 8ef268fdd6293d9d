package io.stakingledger.app.security;

import io.stakingledger.app.api.CommandKind;
import io.stakingledger.app.api.ProgramApi;
import io.stakingledger.app.batch.BatchRunner;
import io.stakingledger.app.support.Batch;
import io.stakingledger.app.support.Http;
import io.stakingledger.app.support.LedgerAppTest;
import io.stakingledger.app.support.TestKeys;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A caller bound to account alice acts and reads as alice only: every account command of every program
 * sent for bob is refused and stores nothing, every account view and the statement of bob are refused,
 * while alice's own pass the check (the domain may still refuse them for its own reasons).
 */
@LedgerAppTest
class AccountBoundCallerTest {

    @LocalServerPort
    int port;
    @Autowired
    TestKeys keys;
    @Autowired
    BatchRunner runner;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    List<ProgramApi> programs;

    private Http http;
    private String alice;

    @BeforeEach
    void callers() {
        http = new Http(port);
        alice = keys.account("alice");
    }

    private String poolOf(String program) {
        String pool = Batch.uniquePool("bound");
        new Batch(runner).run(pool, """
                {"type":"CreatePool","pool":"$pool","program":"%s","at":"2026-01-01T00:00:00Z"}
                """.formatted(program));
        return pool;
    }

    private long events(String pool) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM DomainEventEntry WHERE aggregateIdentifier = ?", Long.class, pool);
    }

    @Test
    void everyAccountCommandForAnotherAccountIsRefusedAndStoresNothing() {
        int checked = 0;
        for (ProgramApi program : programs) {
            String pool = poolOf(program.program());
            for (Map.Entry<String, CommandKind> command : program.commandKinds().entrySet()) {
                if (command.getValue() != CommandKind.ACCOUNT) {
                    continue;
                }
                String path = "/api/pools/" + pool + "/commands/" + command.getKey();
                long before = events(pool);
                Http.Answer forBob = http.post(path, "{\"account\":\"bob\"}", alice);
                assertThat(forBob.status()).as(path + " for bob").isEqualTo(403);
                assertThat(forBob.json().get("permission").asText()).isEqualTo("commands:account");
                assertThat(forBob.json().get("detail").asText()).contains("account bob", "only as account alice");
                Http.Answer forNobody = http.post(path, "{}", alice);
                assertThat(forNobody.status()).as(path + " for no account").isEqualTo(403);
                assertThat(events(pool)).as(path).isEqualTo(before);

                Http.Answer forAlice = http.post(path, "{\"account\":\"alice\"}", alice);
                assertThat(forAlice.status()).as(path + " for alice").isNotIn(401, 403);
                checked++;
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(14);
    }

    @Test
    void operatorCommandsAreRefusedEvenWhenTheyNameTheCallersAccount() {
        for (ProgramApi program : programs) {
            String pool = poolOf(program.program());
            program.commandKinds().forEach((type, kind) -> {
                if (kind == CommandKind.OPERATOR) {
                    Http.Answer answer = http.post("/api/pools/" + pool + "/commands/" + type, "{\"account\":\"alice\"}", alice);
                    assertThat(answer.status()).as(type).isEqualTo(403);
                    assertThat(answer.json().get("permission").asText()).isEqualTo("commands:operate");
                }
            });
        }
    }

    @Test
    void everyAccountViewAndStatementOfAnotherAccountIsRefused() {
        for (ProgramApi program : programs) {
            String pool = poolOf(program.program());
            for (String view : program.accountViews()) {
                String others = view.equals("position") ? "/api/pools/" + pool + "/positions/bob"
                        : "/api/pools/" + pool + "/views/" + view + "?account=bob";
                assertThat(http.get(others, alice).status()).as(others).isEqualTo(403);
                assertThat(http.get("/api/pools/" + pool + "/views/" + view + "?account=bob", alice).status())
                        .as(view + " by name").isEqualTo(403);
                assertThat(http.get("/api/pools/" + pool + "/views/" + view, alice).status())
                        .as(view + " of every account").isEqualTo(403);
                String own = view.equals("position") ? "/api/pools/" + pool + "/positions/alice"
                        : "/api/pools/" + pool + "/views/" + view + "?account=alice";
                assertThat(http.get(own, alice).status()).as(own).isNotIn(401, 403);
            }
            assertThat(http.get("/api/pools/" + pool + "/accounts/bob/statement", alice).status()).isEqualTo(403);
            assertThat(http.get("/api/pools/" + pool + "/accounts/bob/statement?format=csv", alice).status()).isEqualTo(403);
            assertThat(http.get("/api/pools/" + pool + "/accounts/alice/statement", alice).status()).isNotIn(401, 403);
            assertThat(http.get("/api/pools/" + pool + "/positions/bob?asOf=2026-01-01T00:00:00Z", alice).status())
                    .isEqualTo(403);
        }
    }

    @Test
    void aKeyLimitedToPoolsReachesNoOtherPool() {
        String mine = poolOf("vote-escrow");
        String other = poolOf("vote-escrow");
        String limited = keys.key("recorder", mine, null);
        assertThat(http.get("/api/pools/" + mine, limited).status()).isEqualTo(200);
        Http.Answer elsewhere = http.get("/api/pools/" + other, limited);
        assertThat(elsewhere.status()).isEqualTo(403);
        assertThat(elsewhere.json().get("permission").asText()).isEqualTo("pool:" + other);
        assertThat(http.post("/api/pools/" + other + "/commands/Lock",
                "{\"account\":\"alice\",\"amount\":\"1\",\"term\":\"4M\"}", limited).status()).isEqualTo(403);
        assertThat(http.get("/api/pools", limited).json().findValuesAsText("pool")).containsExactly(mine);
        assertThat(http.get("/api/audit", keys.key("auditor", mine, null)).status()).isEqualTo(403);
    }
}
