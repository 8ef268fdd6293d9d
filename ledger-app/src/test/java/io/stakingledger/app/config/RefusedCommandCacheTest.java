package io.stakingledger.app.config;

import io.micrometer.core.instrument.MeterRegistry;
import io.stakingledger.app.support.Http;
import io.stakingledger.app.support.LedgerAppTest;
import io.stakingledger.app.support.TestKeys;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A refused command leaves its pool in memory, so refusals cannot make every later command read the pool's
 * whole history again; a refusal inside an atomic bulk still drops the pool, whose state held the bulk's
 * discarded commands. {@code ledger_pool_loads_total} counts the pools read from the store.
 */
@LedgerAppTest
class RefusedCommandCacheTest {

    @LocalServerPort
    int port;
    @Autowired
    TestKeys keys;
    @Autowired
    MeterRegistry meters;

    private Http http;
    private String pool;

    @BeforeEach
    void poolWithAStake() {
        http = new Http(port);
        pool = http.smallEarlyStakingPool("refused", keys.admin(), null);
        assertThat(command("Stake", "alice", "100", "2").status()).isEqualTo(200);
    }

    private Http.Answer command(String type, String account, String amount, String day) {
        return http.post("/api/pools/" + pool + "/commands/" + type, """
                {"account":"%s","amount":"%s","at":"2026-01-0%sT00:00:00Z"}""".formatted(account, amount, day), keys.admin());
    }

    private double loads() {
        return meters.get("ledger.pool.loads").counter().count();
    }

    private String withdrawable(String account) {
        return http.get("/api/pools/" + pool + "/positions/" + account, keys.admin()).json().get("withdrawable").asText();
    }

    @Test
    void aRefusedCommandKeepsThePoolInMemoryAsItWas() {
        double before = loads();

        assertThat(command("Withdraw", "alice", "1000000", "3").status()).isEqualTo(422);
        assertThat(command("Stake", "alice", "1000", "3").status()).as("over the cap").isEqualTo(422);
        assertThat(command("Stake", "bob", "200", "3").status()).isEqualTo(200);

        assertThat(loads()).as("pools read from the store").isEqualTo(before);
        assertThat(withdrawable("alice")).isEqualTo("100");
        assertThat(withdrawable("bob")).isEqualTo("200");
        assertThat(http.get("/api/pools/" + pool + "/audit", keys.admin()).json().get("ok").asBoolean()).isTrue();
    }

    @Test
    void aRefusalInsideAnAtomicBulkDropsThePoolAndNothingOfTheBulkRemains() {
        double before = loads();

        assertThat(http.post("/api/pools/" + pool + "/commands", """
                {"commands":[{"type":"Stake","account":"carol","amount":"10","at":"2026-01-03T00:00:00Z"},
                             {"type":"Withdraw","account":"carol","amount":"1000000","at":"2026-01-03T00:00:00Z"}]}""",
                keys.admin()).status()).isEqualTo(422);
        assertThat(command("Stake", "bob", "200", "3").status()).isEqualTo(200);

        assertThat(loads()).as("the pool was read from the store once, after the bulk").isEqualTo(before + 1);
        assertThat(withdrawable("bob")).isEqualTo("200");
        assertThat(http.get("/api/pools/" + pool + "/positions/carol", keys.admin()).status()).isEqualTo(404);
    }
}
