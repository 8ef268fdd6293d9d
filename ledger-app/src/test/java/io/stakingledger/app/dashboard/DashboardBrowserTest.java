package io.stakingledger.app.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stakingledger.app.batch.BatchRunner;
import io.stakingledger.app.support.Batch;
import io.stakingledger.app.support.LedgerAppTest;
import io.stakingledger.app.support.TestKeys;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard in a real headless Chromium over a seeded history of every program: each page opens,
 * its charts plot exactly the API's series (read from the JSON the page publishes beside each chart) and
 * the figures it shows are the API's strings. One browser session serves every test, in order; each page
 * leaves a screenshot under {@code target/screenshots/}.
 */
@LedgerAppTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardBrowserTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    TestRestTemplate http;

    @Autowired
    BatchRunner runner;

    @Autowired
    TestKeys keys;

    private Batch batch;

    @LocalServerPort
    int port;

    private Browser browser;
    private final String kash = Batch.uniquePool("dash-kash");
    private final String kmno = Batch.uniquePool("dash-kmno");
    private final String kdx = Batch.uniquePool("dash-kdx");
    private final String ksp = Batch.uniquePool("dash-ksp");

    @BeforeAll
    void seedAndStartBrowser() throws IOException {
        batch = new Batch(runner);
        assertThat(batch.run(kash, EARLY_STAKING)).noneMatch(line -> line.has("rejected"));
        seedExample("points-boost", kmno);
        seedExample("governance-mining", kdx);
        seedExample("vote-escrow", ksp);
        browser = new Browser("http://127.0.0.1:" + port);
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    /** The commands of examples/{program}.ndjson (queries left out) on a pool of the test's own. */
    private void seedExample(String program, String pool) throws IOException {
        List<String> lines = Files.readAllLines(Path.of("..", "examples", program + ".ndjson")).stream()
                .filter(line -> !line.contains("\"query\"")).toList();
        String original = JSON.readTree(lines.get(0)).get("pool").asText();
        String commands = lines.stream().map(line -> line.replace("\"pool\":\"" + original + "\"", "\"pool\":\"" + pool + "\""))
                .collect(Collectors.joining("\n"));
        batch.runExactly(commands); // the examples show a rejection or two on purpose
        assertThat(api("/api/pools/" + pool).isObject()).isTrue();
    }

    /** A sale, stakes with DCR up to a small cap, a reservation queued behind it (partly realized when a withdrawal frees room) and three closed epochs. */
    private static final String EARLY_STAKING = """
            {"type":"CreatePool","pool":"$pool","program":"early-staking","params":{"start":"2026-01-05T00:00:00Z","shareCap":"1000000"},"at":"2026-01-01T00:00:00Z"}
            {"type":"Purchase","pool":"$pool","account":"alice","amount":"100000","paidAsset":"USDC","paidAmount":"50000","at":"2026-01-02T00:00:00Z"}
            {"type":"Purchase","pool":"$pool","account":"bob","amount":"1000000","paidAsset":"USDC","paidAmount":"500000","at":"2026-01-02T01:00:00Z"}
            {"type":"Purchase","pool":"$pool","account":"carol","amount":"250000","paidAsset":"USDT","paidAmount":"125000","at":"2026-01-02T02:00:00Z"}
            {"type":"ExerciseDcr","pool":"$pool","account":"alice","dcr":"889403.970071","deposit":"100000","at":"2026-01-03T00:00:00Z"}
            {"type":"Stake","pool":"$pool","account":"bob","amount":"10596.029929","at":"2026-01-03T01:00:00Z"}
            {"type":"Reserve","pool":"$pool","account":"carol","amount":"50000","at":"2026-01-04T00:00:00Z"}
            {"type":"CloseEpoch","pool":"$pool","at":"2026-01-12T00:00:00Z"}
            {"type":"CloseEpoch","pool":"$pool","at":"2026-01-19T00:00:00Z"}
            {"type":"Withdraw","pool":"$pool","account":"bob","amount":"5000","at":"2026-01-20T00:00:00Z"}
            {"type":"CloseEpoch","pool":"$pool","at":"2026-01-26T00:00:00Z"}
            """;

    private final Map<String, JsonNode> pointInTime = new HashMap<>();

    /** The API's answer; point-in-time answers are remembered, they never change. */
    private JsonNode api(String path) {
        if (path.contains("asOf=")) {
            return pointInTime.computeIfAbsent(path, p -> http.getForObject(p, JsonNode.class));
        }
        return http.getForObject(path, JsonNode.class);
    }

    /** The JSON a chart publishes beside itself: {x: [...], series: [{label, y: [...]}], mark}. */
    private JsonNode chartData(String chart) throws IOException {
        WebElement script = browser.find("script.chart-data[data-chart='" + chart + "']");
        JsonNode data = JSON.readTree(browser.textOf(script));
        WebElement figure = browser.find("figure.chart[data-chart='" + chart + "']");
        WebElement canvas = figure.findElement(org.openqa.selenium.By.cssSelector("canvas"));
        assertThat(canvas.isDisplayed()).as("chart " + chart + " is on the page").isTrue();
        assertThat(canvas.getSize().getWidth()).as("chart " + chart + " width").isGreaterThan(200);
        String drawn = figure.getDomAttribute("data-points");
        assertThat(Integer.parseInt(drawn)).as("points drawn by uPlot on chart " + chart).isEqualTo(data.get("x").size());
        return data;
    }

    /** The (x, y) pairs a chart plotted for one series, gaps left out, as exact strings. */
    private static List<List<String>> plotted(JsonNode chart, int series) {
        List<List<String>> pairs = new ArrayList<>();
        JsonNode ys = chart.get("series").get(series).get("y");
        for (int i = 0; i < ys.size(); i++) {
            if (!ys.get(i).isNull()) {
                pairs.add(List.of(chart.get("x").get(i).asText(), ys.get(i).asText()));
            }
        }
        return pairs;
    }

    private static List<List<String>> pairs(JsonNode rows, String x, String y) {
        List<List<String>> pairs = new ArrayList<>();
        rows.forEach(row -> pairs.add(List.of(row.get(x).asText(), row.get(y).asText())));
        return pairs;
    }

    /** The figures a page shows in a definition list (field → text) inside {@code css}. */
    private Map<String, String> shownFigures(String css) {
        return browser.findAll(css + " dd[data-field]").stream().collect(Collectors.toMap(
                dd -> dd.getDomAttribute("data-field"), browser::textOf, (first, second) -> first));
    }

    private static String text(JsonNode node) {
        return node.isNull() ? "—" : node.isTextual() ? node.asText() : node.toString();
    }

    private void assertFiguresEqualApi(String css, JsonNode view) {
        Map<String, String> shown = shownFigures(css);
        assertThat(shown).isNotEmpty();
        shown.forEach((field, value) -> assertThat(value).as(field).isEqualTo(text(view.get(field))));
    }

    /** Every series of a sampled chart, labelled by field, equals that field of the view as of each instant. */
    private void assertSampledFromApi(String chart, String viewPath) throws IOException {
        JsonNode data = chartData(chart);
        assertThat(data.get("x").size()).as(chart + " samples").isGreaterThan(1);
        for (int s = 0; s < data.get("series").size(); s++) {
            String field = data.get("series").get(s).get("label").asText();
            for (List<String> point : plotted(data, s)) {
                JsonNode view = api(viewPath + "?asOf=" + point.get(0));
                assertThat(point.get(1)).as(chart + " " + field + " as of " + point.get(0)).isEqualTo(view.get(field).asText());
            }
        }
    }

    /** Forgets any key with a fresh page, then types {@code key} into the sign-in form and submits it. */
    private void enterKey(String key) {
        browser.driver().get("http://127.0.0.1:" + port + "/#/sign-in");
        browser.driver().executeScript("sessionStorage.clear()");
        browser.driver().navigate().refresh();
        browser.await().until(d -> !browser.findAll("#api-key").isEmpty());
        browser.find("#api-key").clear();
        browser.find("#api-key").sendKeys(key);
        browser.find("#sign-in-submit").click();
    }

    private void signIn(String key) {
        enterKey(key);
        browser.awaitReady("Pools");
    }

    @Test
    @Order(0)
    void aRefusedKeyLeavesTheVisitorOnTheSignInFormWithTheReason() {
        enterKey("slk_not-a-key-of-this-ledger");
        browser.await().until(d -> browser.find("#error").isDisplayed());
        assertThat(browser.find("#error").getText()).contains("The key was refused");
        assertThat(browser.find("#error").getDomAttribute("role")).isEqualTo("alert");
        assertThat(browser.findAll("#api-key")).hasSize(1);
        assertThat(browser.findAll("#pools-table")).isEmpty();
        browser.screenshot("sign-in-refused");
    }

    @Test
    @Order(1)
    void poolsOverviewShowsEveryPoolWithItsStateFiguresAndHeadHash() {
        signIn(keys.admin());
        String table = browser.textOf(browser.find("#pools-table"));
        for (String pool : List.of(kash, kmno, kdx, ksp)) {
            assertThat(table).contains(pool);
        }
        JsonNode view = api("/api/pools/" + kash);
        JsonNode audit = api("/api/pools/" + kash + "/audit");
        WebElement row = browser.find("#pools-table a[href='#/pool/" + kash + "']")
                .findElement(org.openqa.selenium.By.xpath("ancestor::tr"));
        String shown = browser.textOf(row);
        assertThat(shown).contains("epoch 4 of 52").contains(view.get("sharePrice").asText())
                .contains(view.get("totalShares").asText()).contains("intact")
                .contains(audit.get("chain").get("headHash").asText());
        browser.screenshot("pools");
        browser.resize(390, 844);
        browser.screenshot("pools-phone");
        browser.resize(1280, 1000);
    }

    @Test
    @Order(2)
    void earlyStakingPoolDrawsTheCurveSharePricesRewardsAndQueueAsTheApiStatesThem() throws IOException {
        browser.open("#/pool/" + kash, "Pool " + kash);
        JsonNode curve = api("/api/pools/" + kash + "/views/epbCurve");
        JsonNode epb = chartData("epb");
        assertThat(plotted(epb, 0)).isEqualTo(pairs(curve.get("points"), "q", "epb"));
        assertThat(plotted(epb, 1).subList(0, 3)).isEqualTo(pairs(curve.get("purchases"), "soldBefore", "effectiveBonus"));
        assertThat(epb.get("mark").get("x").asText()).isEqualTo(curve.get("sold").asText()).isEqualTo("1350000");

        JsonNode prices = api("/api/pools/" + kash + "/views/sharePrices").get("sharePrices");
        assertThat(prices).hasSize(3);
        assertThat(plotted(chartData("sharePrice"), 0)).isEqualTo(pairs(prices, "epoch", "sharePrice"));
        JsonNode rewards = chartData("rewards");
        assertThat(plotted(rewards, 0)).isEqualTo(pairs(prices, "epoch", "rewardAdded"));
        assertThat(plotted(rewards, 1)).isEqualTo(pairs(prices, "epoch", "rewardCarried"));

        JsonNode view = api("/api/pools/" + kash);
        assertFiguresEqualApi("#capacity", view);
        assertFiguresEqualApi("#figures", view);
        assertThat(browser.find("#capacity-meter").getDomAttribute("value")).isEqualTo(view.get("totalShares").asText());
        assertThat(browser.textOf(browser.find("#queue-table"))).contains("carol");

        browser.await().until(d -> !browser.findAll("#positions-table tbody tr").isEmpty());
        JsonNode positions = api("/api/pools/" + kash + "/positions?limit=20").get("positions");
        List<WebElement> rows = browser.findAll("#positions-table tbody tr");
        assertThat(rows).hasSize(positions.size());
        for (int i = 0; i < rows.size(); i++) {
            String row = browser.textOf(rows.get(i));
            assertThat(row).contains(positions.get(i).get("account").asText())
                    .contains(positions.get(i).get("weightedShares").asText()).contains(positions.get(i).get("value").asText());
        }
        browser.screenshot("pool-early-staking");
    }

    @Test
    @Order(3)
    void pointsBoostPoolPlotsAnAccountsMultiplierAndPointsAsThePositionViewStatesThem() throws IOException {
        browser.open("#/pool/" + kmno, "Pool " + kmno);
        for (String field : List.of("stakingMultiplier", "pointsAccrued", "staked", "basePointsPerDay")) {
            assertThat(chartData(field).get("x")).hasSize(13);
            assertSampledFromApi(field, "/api/pools/" + kmno + "/positions/alice");
        }
        assertSampledFromApi("poolHistory", "/api/pools/" + kmno);
        browser.screenshot("pool-points-boost");
    }

    @Test
    @Order(4)
    void governanceMiningPoolPlotsFeesStakesBurnsAndTheClaimPenalty() throws IOException {
        browser.open("#/pool/" + kdx, "Pool " + kdx);
        JsonNode penalties = api("/api/pools/" + kdx + "/views/penalties").get("penalties");
        assertThat(penalties).isNotEmpty();
        JsonNode burns = chartData("burns");
        assertThat(burns.get("series").get(0).get("y")).hasSize(burns.get("x").size());
        assertThat(browser.findAll("#burns-table tbody tr")).hasSize(penalties.size());
        assertSampledFromApi("claimPenaltyRate", "/api/pools/" + kdx + "/positions/alice");
        assertSampledFromApi("poolHistory", "/api/pools/" + kdx);
        assertFiguresEqualApi("#burns", api("/api/pools/" + kdx));
        browser.screenshot("pool-governance-mining");
    }

    @Test
    @Order(5)
    void voteEscrowPoolPlotsStakingAprPerTermLocksAndVotingAprOverTime() throws IOException {
        browser.open("#/pool/" + ksp, "Pool " + ksp);
        JsonNode history = api("/api/pools/" + ksp + "/views/aprHistory").get("aprHistory");
        JsonNode apr = chartData("apr");
        assertThat(apr.get("x")).hasSize(history.size());
        for (int s = 0; s < apr.get("series").size(); s++) {
            String term = apr.get("series").get(s).get("label").asText();
            List<List<String>> expected = new ArrayList<>();
            history.forEach(entry -> entry.get("terms").forEach(t -> {
                if (t.get("term").asText().equals(term)) {
                    expected.add(List.of(entry.get("at").asText(), t.get("stakingAprPercent").asText()));
                }
            }));
            assertThat(plotted(apr, s)).as("term " + term).isEqualTo(expected);
        }
        assertSampledFromApi("poolHistory", "/api/pools/" + ksp);
        assertSampledFromApi("vKsp", "/api/pools/" + ksp + "/positions/alice");
        JsonNode voting = chartData("votingApr");
        // KSP-ETH has no fees recorded, so no voting APR to plot
        assertThat(voting.get("series")).extracting(series -> series.get("label").asText()).containsExactly("KSP-KUSDT");
        for (int s = 0; s < voting.get("series").size(); s++) {
            String target = voting.get("series").get(s).get("label").asText();
            for (List<String> point : plotted(voting, s)) {
                JsonNode votes = api("/api/pools/" + ksp + "/positions/alice?asOf=" + point.get(0)).get("votes");
                JsonNode vote = null;
                for (JsonNode v : votes) {
                    vote = v.get("target").asText().equals(target) ? v : vote;
                }
                assertThat(vote).isNotNull();
                assertThat(point.get(1)).isEqualTo(vote.get("votingAprPercent").asText());
            }
        }
        browser.screenshot("pool-vote-escrow");
    }

    @Test
    @Order(6)
    void accountPageShowsThePositionNowAndThenTheStatementAndTheRewardsReport() {
        browser.open("#/account/" + kash + "/alice", "Account alice");
        assertFiguresEqualApi("#position-now", api("/api/pools/" + kash + "/positions/alice"));

        browser.find("#as-of-epoch").sendKeys("1");
        browser.find("#position-then button[type=submit]").click();
        browser.await().until(d -> !browser.findAll("#position-then-result dd").isEmpty());
        assertFiguresEqualApi("#position-then-result", api("/api/pools/" + kash + "/positions/alice?asOfEpoch=1"));

        JsonNode statement = api("/api/pools/" + kash + "/accounts/alice/statement");
        assertThat(browser.findAll("#statement-table tbody tr")).hasSize(Math.min(10, statement.get("entries").size()));
        assertThat(browser.textOf(browser.find("#statement-table"))).contains(statement.get("entries").get(0).get("type").asText());

        browser.find("#report-from").sendKeys("2026-01-05T00:00:00Z");
        browser.find("#report-to").sendKeys("2026-01-26T00:00:00Z");
        browser.find("#report form button[type=submit]").click();
        browser.await().until(d -> !browser.findAll("#report-table tbody tr").isEmpty());
        JsonNode report = api("/api/pools/" + kash + "/reports/rewards?from=2026-01-05T00:00:00Z&to=2026-01-26T00:00:00Z&account=alice");
        String shown = browser.textOf(browser.find("#report-table"));
        assertThat(shown).contains(report.get("accounts").get(0).get("rewards").asText());
        browser.screenshot("account");
    }

    @Test
    @Order(7)
    void auditPageListsEachPoolsChainWithItsHeadHashAndReplaysWithProgress() {
        browser.open("#/audit", "Audit");
        String table = browser.textOf(browser.find("#audit-table"));
        for (String pool : List.of(kash, kmno, kdx, ksp)) {
            JsonNode audit = api("/api/pools/" + pool + "/audit");
            assertThat(table).contains(pool).contains(audit.get("chain").get("headHash").asText())
                    .contains(audit.get("conservation").get(0).get("law").asText() + " ✓");
        }
        assertThat(table).doesNotContain("undefined");
        browser.find("#replay-run").click();
        browser.await().until(d -> !browser.findAll("#replay-summary").isEmpty());
        assertThat(browser.textOf(browser.find("#replay-summary"))).startsWith("Replay finished");
        assertThat(browser.find("#replay-progress").getDomProperty("value"))
                .isEqualTo(browser.find("#replay-progress").getDomProperty("max"));
        browser.screenshot("audit");
    }

    @Test
    @Order(8)
    void anAccountBoundKeySeesItsOwnAccountButNotAnothers() {
        enterKey(keys.account("alice"));
        browser.await().until(d -> browser.find("#main").getDomAttribute("data-ready") != null);
        browser.open("#/account/" + kash + "/alice", "Account alice");
        assertFiguresEqualApi("#position-now", api("/api/pools/" + kash + "/positions/alice"));

        browser.driver().get("http://127.0.0.1:" + port + "/#/account/" + kash + "/bob");
        browser.await().until(d -> browser.find("#error").isDisplayed());
        assertThat(browser.find("#error").getText()).contains("Not allowed for this key").contains("reads only account alice");
        assertThat(browser.findAll("#position-now")).isEmpty();
        assertThat(browser.textOf(browser.find("main"))).doesNotContain(api("/api/pools/" + kash + "/positions/bob")
                .get("weightedShares").asText());
        browser.screenshot("account-refused");

        browser.open("#/pool/" + kash, "Pool " + kash);
        assertThat(browser.textOf(browser.find("#positions"))).contains("Not visible to this key");
        browser.find("#sign-out").click();
        browser.await().until(d -> !browser.findAll("#api-key").isEmpty());
    }
}
