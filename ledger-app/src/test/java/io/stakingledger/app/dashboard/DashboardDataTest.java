package io.stakingledger.app.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import io.stakingledger.app.batch.BatchRunner;
import io.stakingledger.app.support.Batch;
import io.stakingledger.app.support.LedgerAppTest;
import io.stakingledger.app.support.TestKeys;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The endpoints the dashboard added: the EPB curve view, positions by page, and replay progress. */
@LedgerAppTest
class DashboardDataTest {

    @Autowired
    TestRestTemplate http;

    @Autowired
    BatchRunner runner;

    @Autowired
    TestKeys keys;

    @LocalServerPort
    int port;

    private final TestRestTemplate anonymous = new TestRestTemplate();

    @org.junit.jupiter.api.BeforeEach
    void anonymousOnThisServer() {
        anonymous.setUriTemplateHandler(new org.springframework.web.util.DefaultUriBuilderFactory("http://127.0.0.1:" + port));
    }

    private String poolWithPurchases() {
        String pool = Batch.uniquePool("data");
        new Batch(runner).run(pool, """
                {"type":"CreatePool","pool":"$pool","program":"early-staking","params":{"start":"2026-01-05T00:00:00Z"},"at":"2026-01-01T00:00:00Z"}
                {"type":"Purchase","pool":"$pool","account":"alice","amount":"100000","paidAsset":"USDC","paidAmount":"50000","at":"2026-01-02T00:00:00Z"}
                {"type":"Purchase","pool":"$pool","account":"bob","amount":"1000000","paidAsset":"USDC","paidAmount":"500000","at":"2026-01-02T01:00:00Z"}
                {"type":"Stake","pool":"$pool","account":"carol","amount":"10","at":"2026-01-03T00:00:00Z"}
                {"type":"Stake","pool":"$pool","account":"dave","amount":"10","at":"2026-01-03T00:00:00Z"}
                {"type":"Stake","pool":"$pool","account":"erin","amount":"10","at":"2026-01-03T00:00:00Z"}
                """);
        return pool;
    }

    @Test
    void epbCurveRunsFromEpbStartToEpbEndWithEachPurchasesSpanAndTheSaleMark() {
        JsonNode curve = http.getForObject("/api/pools/" + poolWithPurchases() + "/views/epbCurve", JsonNode.class);
        JsonNode points = curve.get("points");
        assertThat(points).hasSize(41);
        assertThat(points.get(0).get("q").asText()).isEqualTo("0");
        assertThat(points.get(0).get("epb").asText()).isEqualTo("10");
        assertThat(points.get(40).get("q").asText()).isEqualTo("5000000");
        assertThat(points.get(40).get("epb").asText()).startsWith("3.000001");
        assertThat(curve.get("sold").asText()).isEqualTo("1100000");
        JsonNode purchases = curve.get("purchases");
        assertThat(purchases).hasSize(2);
        assertThat(purchases.get(0).get("effectiveBonus").asText()).startsWith("9.8940397007");
        assertThat(purchases.get(1).get("soldBefore").asText()).isEqualTo("100000");
        assertThat(purchases.get(1).get("effectiveBonus").asText()).startsWith("8.80811126659");
    }

    @Test
    void positionsComePageByPageInAccountOrderUntilTheCursorRunsOut() {
        String pool = poolWithPurchases();
        List<String> accounts = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            JsonNode page = http.getForObject("/api/pools/" + pool + "/positions?limit=2"
                    + (cursor == null ? "" : "&cursor=" + cursor), JsonNode.class);
            page.get("positions").forEach(p -> accounts.add(p.get("account").asText()));
            cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asText();
            pages++;
        } while (cursor != null);
        assertThat(accounts).containsExactly("alice", "bob", "carol", "dave", "erin");
        assertThat(pages).isEqualTo(3);
        JsonNode alice = http.getForObject("/api/pools/" + pool + "/positions/alice", JsonNode.class);
        JsonNode first = http.getForObject("/api/pools/" + pool + "/positions?limit=1", JsonNode.class);
        assertThat(first.get("positions").get(0)).isEqualTo(alice);
    }

    @Test
    void positionsCanBeSearchedByAccount() {
        JsonNode page = http.getForObject("/api/pools/" + poolWithPurchases() + "/positions?search=ar", JsonNode.class);
        assertThat(page.get("positions")).extracting(p -> p.get("account").asText()).containsExactly("carol");
        assertThat(page.get("nextCursor").isNull()).isTrue();
    }

    @Test
    void aPageLimitOutsideItsBoundsIsABadRequest() {
        String pool = poolWithPurchases();
        for (String limit : List.of("0", "501", "ten", "-1")) {
            ResponseEntity<JsonNode> refused = http.getForEntity("/api/pools/" + pool + "/positions?limit=" + limit, JsonNode.class);
            assertThat(refused.getStatusCode()).as(limit).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(refused.getBody().get("detail").asText()).contains("limit must be a whole number from 1 to 500");
        }
    }

    @Test
    void positionsOfEveryAccountAreRefusedToAnAccountBoundKey() {
        String pool = poolWithPurchases();
        ResponseEntity<JsonNode> refused = http.exchange("/api/pools/" + pool + "/positions", HttpMethod.GET,
                new HttpEntity<>(TestKeys.bearer(keys.account("alice"))), JsonNode.class);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<JsonNode> auditor = http.exchange("/api/pools/" + pool + "/positions", HttpMethod.GET,
                new HttpEntity<>(TestKeys.bearer(keys.auditor())), JsonNode.class);
        assertThat(auditor.getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void replayProgressIsTheAdminsAlone() {
        ResponseEntity<JsonNode> refused = http.exchange("/api/admin/progress", HttpMethod.GET,
                new HttpEntity<>(TestKeys.bearer(keys.auditor())), JsonNode.class);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void theDashboardsStaticFilesNeedNoKeyButItsDataDoes() {
        for (String path : List.of("/", "/app.js", "/app.css", "/webjars/uplot/dist/uPlot.iife.min.js")) {
            ResponseEntity<String> asset = anonymous.getForEntity(path, String.class);
            assertThat(asset.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
        }
        assertThat(anonymous.getForEntity("/", String.class).getBody()).contains("/webjars/uplot/dist/uPlot.iife.min.js");
        assertThat(anonymous.getForEntity("/api/pools", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void progressIsZeroWhenNoReplayRuns() {
        JsonNode progress = http.getForObject("/api/admin/progress", JsonNode.class);
        assertThat(progress.get("replayEvents").asLong()).isZero();
        assertThat(progress.get("rebuildEvents").asLong()).isZero();
        assertThat(progress.get("eventsStored").asLong()).isPositive();
    }
}
