package io.stakingledger.app.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.stakingledger.app.support.Http;
import io.stakingledger.app.support.LedgerAppTest;
import io.stakingledger.app.support.TestKeys;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code POST /api/pools/{pool}/commands}: many commands in one request, all or nothing by default.
 */
@LedgerAppTest
class BulkCommandsTest {

    @LocalServerPort
    int port;
    @Autowired
    TestKeys keys;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MeterRegistry meters;

    private Http http;
    private String pool;

    @BeforeEach
    void poolWithASmallCap() {
        http = new Http(port);
        pool = http.smallEarlyStakingPool("bulk", keys.admin(), null);
    }

    private Http.Answer bulk(String json) {
        return bulk(json, keys.admin());
    }

    private Http.Answer bulk(String json, String key) {
        return http.post("/api/pools/" + pool + "/commands", json, key);
    }

    private static String stake(String account, String amount, String day, String commandId) {
        return """
                {"type":"Stake","account":"%s","amount":"%s","at":"2026-01-0%sT00:00:00Z"%s}""".formatted(account, amount,
                day, commandId == null ? "" : ",\"commandId\":\"" + commandId + "\"");
    }

    private long storedEvents() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM DomainEventEntry WHERE aggregateIdentifier = ?", Long.class, pool);
    }

    private String headHash() {
        JsonNode audit = http.get("/api/pools/" + pool + "/audit", keys.admin()).json();
        assertThat(audit.get("ok").asBoolean()).as(audit.toString()).isTrue();
        return audit.get("chain").get("headHash").asText();
    }

    @Test
    void anAtomicBulkStoresEveryCommandAndAnswersEachInOrder() {
        Http.Answer answer = bulk("""
                {"commands":[%s,%s,%s]}""".formatted(stake("alice", "100", "2", "a1"), stake("bob", "200", "2", "b1"),
                stake("alice", "50", "3", "a2")));

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        JsonNode results = answer.json().get("results");
        assertThat(answer.json().get("atomic").asBoolean()).isTrue();
        assertThat(results).hasSize(3);
        List<String> ids = new ArrayList<>();
        results.forEach(result -> ids.add(result.get("commandId").asText()));
        assertThat(ids).containsExactly("a1", "b1", "a2");
        assertThat(results.get(1).get("events").get(0).get("type").asText()).isEqualTo("StakeDeposited");
        assertThat(results.get(1).get("duplicate").asBoolean()).isFalse();
        assertThat(results.get(2).get("events").get(0).get("payload").get("principalShares").asText()).isEqualTo("50");
        assertThat(storedEvents()).isEqualTo(4);
        JsonNode alice = http.get("/api/pools/" + pool + "/positions/alice", keys.admin()).json();
        assertThat(alice.get("principalShares").asText()).isEqualTo("150");
        headHash();
    }

    @Test
    void aRejectedCommandInTheMiddleStoresNothingAndLeavesThePoolAsItWas() {
        assertThat(bulk("{\"commands\":[" + stake("alice", "900", "2", null) + "]}").status()).isEqualTo(200);
        long events = storedEvents();
        String head = headHash();

        // bob takes 50 of the 100 left, so carol's 100 passes the cap
        Http.Answer refused = bulk("""
                {"commands":[%s,%s,%s]}""".formatted(stake("bob", "50", "3", "b"), stake("carol", "100", "3", "c"),
                stake("dave", "1", "3", "d")));

        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        JsonNode problem = refused.json();
        assertThat(problem.get("type").asText()).endsWith("/limit-exceeded");
        assertThat(problem.get("index").asInt()).isEqualTo(1);
        assertThat(problem.get("commandType").asText()).isEqualTo("Stake");
        assertThat(problem.get("commandId").asText()).isEqualTo("c");
        assertThat(problem.get("detail").asText()).contains("command 1 of the bulk").contains("none of the bulk's");
        assertThat(storedEvents()).isEqualTo(events);
        assertThat(headHash()).isEqualTo(head);
        // The cached pool must not keep bob's 50: carol's 100 fits now, and the chain goes on from the old head.
        Http.Answer carol = http.post("/api/pools/" + pool + "/commands/Stake", """
                {"account":"carol","amount":"100","at":"2026-01-04T00:00:00Z"}""", keys.admin());
        assertThat(carol.status()).as(carol.body()).isEqualTo(200);
        assertThat(http.get("/api/pools/" + pool + "/positions/bob", keys.admin()).status()).isEqualTo(404);
        headHash();
        // ... and the ids of the refused bulk are free: "b" was never stored
        Http.Answer again = bulk("""
                {"commands":[{"type":"Purchase","account":"bob","amount":"1","paidAsset":"USDC","paidAmount":"1",\
                "at":"2026-01-05T00:00:00Z","commandId":"b"}]}""");
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(again.json().get("results").get(0).get("duplicate").asBoolean()).isFalse();
    }

    @Test
    void aResentBulkAnswersDuplicatesAndIdsHoldAcrossBulkAndSingleCommands() {
        Http.Answer single = http.post("/api/pools/" + pool + "/commands/Stake", """
                {"account":"alice","amount":"10","at":"2026-01-02T00:00:00Z","commandId":"s1"}""", keys.admin());
        assertThat(single.status()).isEqualTo(200);
        String body = "{\"commands\":[" + stake("alice", "10", "2", "s1") + "," + stake("bob", "20", "3", "x1") + "]}";

        Http.Answer first = bulk(body);
        Http.Answer second = bulk(body);

        assertThat(first.json().get("results").get(0).get("duplicate").asBoolean()).isTrue();
        assertThat(first.json().get("results").get(1).get("duplicate").asBoolean()).isFalse();
        assertThat(second.json().get("results").get(1).get("duplicate").asBoolean()).isTrue();
        assertThat(second.json().get("results").get(1).get("events"))
                .isEqualTo(first.json().get("results").get(1).get("events"));
        Http.Answer singleRepeat = http.post("/api/pools/" + pool + "/commands/Stake", """
                {"account":"bob","amount":"20","at":"2026-01-03T00:00:00Z","commandId":"x1"}""", keys.admin());
        assertThat(singleRepeat.json().get("duplicate").asBoolean()).isTrue();
        assertThat(storedEvents()).isEqualTo(3);
        // the same id for another command is refused, in a bulk as alone
        Http.Answer reused = bulk("{\"commands\":[" + stake("bob", "21", "3", "x1") + "]}");
        assertThat(reused.status()).isEqualTo(409);
        assertThat(reused.json().get("type").asText()).endsWith("/command-id-reused");
    }

    @Test
    void anAtomicBulkThatRepeatsAnIdOfItsOwnAppliesItOnceAndRefusesItForAnotherCommand() {
        Http.Answer repeated = bulk("{\"commands\":[" + stake("alice", "10", "2", "r1") + "," + stake("alice", "10", "2", "r1")
                + "]}");

        assertThat(repeated.status()).as(repeated.body()).isEqualTo(200);
        JsonNode results = repeated.json().get("results");
        assertThat(results.get(0).get("duplicate").asBoolean()).isFalse();
        assertThat(results.get(1).get("duplicate").asBoolean()).isTrue();
        assertThat(results.get(1).get("events")).isEqualTo(results.get(0).get("events"));
        assertThat(storedEvents()).isEqualTo(2);

        Http.Answer reused = bulk("{\"commands\":[" + stake("bob", "10", "2", "r2") + "," + stake("bob", "11", "2", "r2")
                + "]}");
        assertThat(reused.status()).isEqualTo(409);
        assertThat(reused.json().get("type").asText()).endsWith("/command-id-reused");
        assertThat(storedEvents()).as("the whole bulk is rolled back").isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM AppliedCommand WHERE aggregateIdentifier = ? AND commandId = ?",
                Long.class, pool, "r2")).isZero();
    }

    @Test
    void aBulkThatIsNotAtomicStoresEachCommandOnItsOwnAndAnswersEachOutcome() {
        Http.Answer answer = bulk("""
                {"atomic":false,"commands":[%s,%s,%s]}""".formatted(stake("alice", "600", "2", null),
                stake("bob", "600", "2", null), stake("carol", "300", "2", null)));

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        JsonNode results = answer.json().get("results");
        assertThat(results.get(0).get("status").asInt()).isEqualTo(200);
        assertThat(results.get(1).get("status").asInt()).isEqualTo(422);
        assertThat(results.get(1).get("problem").get("type").asText()).endsWith("/limit-exceeded");
        assertThat(results.get(1).has("events")).isFalse();
        assertThat(results.get(2).get("status").asInt()).isEqualTo(200);
        assertThat(storedEvents()).isEqualTo(3);
    }

    @Test
    void malformedOrOversizedBulksAreProblemsThatStoreNothing() {
        long events = storedEvents();
        StringBuilder many = new StringBuilder("{\"commands\":[");
        for (int i = 0; i <= BulkCommands.DEFAULT_MAX_COMMANDS; i++) {
            many.append(i == 0 ? "" : ",").append("{\"type\":\"CloseEpoch\"}");
        }
        assertThat(bulk(many.append("]}").toString()).status()).isEqualTo(413);
        assertThat(bulk("{\"commands\":[]}").status()).isEqualTo(400);
        assertThat(bulk("{}").status()).isEqualTo(400);
        assertThat(bulk("{\"commands\":[],\"extra\":1}").status()).isEqualTo(400);
        assertThat(bulk("{\"atomic\":\"yes\",\"commands\":[" + stake("a", "1", "2", null) + "]}").status()).isEqualTo(400);
        Http.Answer notAnObject = bulk("{\"commands\":[" + stake("a", "1", "2", null) + ",42]}");
        assertThat(notAnObject.status()).isEqualTo(400);
        assertThat(notAnObject.json().get("index").asInt()).isEqualTo(1);
        Http.Answer withPool = bulk("{\"commands\":[{\"type\":\"Stake\",\"pool\":\"other\",\"account\":\"a\","
                + "\"amount\":\"1\",\"at\":\"2026-01-02T00:00:00Z\"}]}");
        assertThat(withPool.status()).isEqualTo(400);
        Http.Answer unknownType = bulk("{\"commands\":[" + stake("a", "1", "2", null) + ",{\"type\":\"Lock\"}]}");
        assertThat(unknownType.status()).isEqualTo(400);
        assertThat(unknownType.json().get("index").asInt()).isEqualTo(1);
        assertThat(http.post("/api/pools/nosuch-pool/commands", "{\"commands\":[" + stake("a", "1", "2", null) + "]}",
                keys.admin()).status()).isEqualTo(404);
        assertThat(storedEvents()).isEqualTo(events);
    }

    @Test
    void everyCommandPassesTheSingleEndpointsPermissionChecks() {
        long events = storedEvents();
        Http.Answer recorder = bulk("{\"commands\":[" + stake("alice", "1", "2", null) + ",{\"type\":\"CloseEpoch\","
                + "\"at\":\"2026-01-12T00:00:00Z\"}]}", keys.recorder());
        assertThat(recorder.status()).isEqualTo(403);
        assertThat(recorder.json().get("permission").asText()).isEqualTo("commands:operate");
        assertThat(recorder.json().get("detail").asText()).contains("command 1 of the bulk");
        Http.Answer alice = bulk("{\"commands\":[" + stake("alice", "1", "2", null) + "," + stake("bob", "1", "2", null)
                + "]}", keys.account("alice"));
        assertThat(alice.status()).isEqualTo(403);
        assertThat(bulk("{\"commands\":[" + stake("alice", "1", "2", null) + "]}", keys.auditor()).status()).isEqualTo(403);
        assertThat(storedEvents()).isEqualTo(events);
        assertThat(bulk("{\"commands\":[" + stake("alice", "1", "2", null) + "]}", keys.account("alice")).status())
                .isEqualTo(200);
    }

    @Test
    void eachCommandOfABulkIsCountedAsASingleCommandIs() {
        double before = count("accepted");
        double rolledBefore = count("rolled-back");
        bulk("{\"commands\":[" + stake("alice", "1", "2", null) + "," + stake("bob", "1", "2", null) + "]}");
        bulk("{\"commands\":[" + stake("carol", "1", "3", null) + "," + stake("dave", "5000", "3", null) + "]}");
        assertThat(count("accepted") - before).isEqualTo(2);
        assertThat(count("rolled-back") - rolledBefore).isEqualTo(1);
    }

    private double count(String outcome) {
        return meters.find("ledger.commands").tag("type", "Stake").tag("outcome", outcome).timers().stream()
                .mapToDouble(Timer::count).sum();
    }
}
