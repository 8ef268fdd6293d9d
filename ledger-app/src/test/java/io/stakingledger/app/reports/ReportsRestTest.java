package io.stakingledger.app.reports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stakingledger.app.batch.BatchRunner;
import io.stakingledger.app.support.Batch;
import io.stakingledger.app.support.LedgerAppTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The period reports over REST (JSON and CSV) and in batch files, on the worked example of docs/back-office.md. */
@LedgerAppTest
class ReportsRestTest {

    /** docs/back-office.md's example: two stakers through two epochs, a withdrawal between them. */
    static final String EXAMPLE = """
            {"type":"CreatePool","pool":"$pool","program":"early-staking","params":{"start":"2026-01-05T00:00:00Z"},"at":"2026-01-01T00:00:00Z"}
            {"type":"Purchase","pool":"$pool","account":"alice","amount":"100000","paidAsset":"USDC","paidAmount":"50000","at":"2026-01-02T00:00:00Z"}
            {"type":"Stake","pool":"$pool","account":"alice","amount":"100000","at":"2026-01-02T00:00:00Z"}
            {"type":"Stake","pool":"$pool","account":"bob","amount":"50000","at":"2026-01-03T00:00:00Z"}
            {"type":"CloseEpoch","pool":"$pool","at":"2026-01-12T00:00:00Z"}
            {"type":"Withdraw","pool":"$pool","account":"bob","amount":"20000","at":"2026-01-13T00:00:00Z"}
            {"type":"CloseEpoch","pool":"$pool","at":"2026-01-19T00:00:00Z"}
            """;

    @Autowired
    TestRestTemplate http;
    @Autowired
    BatchRunner runner;
    @Autowired
    ObjectMapper mapper;

    private String pool;

    @BeforeEach
    void example() {
        pool = Batch.uniquePool("report");
        assertThat(new Batch(runner).run(pool, EXAMPLE)).isEmpty();
    }

    /** Every REST call of this test goes through here (one place for credentials when the API needs them). */
    private ResponseEntity<String> get(String path) {
        return http.getForEntity(path, String.class);
    }

    private JsonNode json(String path) throws Exception {
        ResponseEntity<String> answer = get(path);
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(200);
        return mapper.readTree(answer.getBody());
    }

    @Test
    void rewardsOfTheSecondEpochReconcileWithTheEpochsRewardAndShowBothPositions() throws Exception {
        JsonNode report = json("/api/pools/" + pool + "/reports/rewards?from=2026-01-12T00:00:00Z&to=2026-01-19T00:00:00Z");

        JsonNode totals = report.get("totals");
        assertThat(totals.get("distributed").asText()).isEqualTo("576923.076923076923076923");
        assertThat(totals.get("reconciles").asBoolean()).isTrue();
        assertThat(new BigDecimal(totals.get("accounts").asText()).add(new BigDecimal(totals.get("remainder").asText())))
                .isEqualByComparingTo(totals.get("distributed").asText());
        JsonNode bob = report.get("accounts").get(1);
        assertThat(bob.get("account").asText()).isEqualTo("bob");
        assertThat(bob.get("withdrawn").asText()).isEqualTo("20000");
        assertThat(bob.get("slices").get(0).get("label").asText()).isEqualTo("epoch 2");
        assertThat(bob.get("opening").get("withdrawable").asText()).isNotBlank();
        assertThat(report.get("slices").get(0).get("detail").get("sharePriceAfter").asText()).isNotBlank();
    }

    @Test
    void theWorkedExampleOfTheGuideGivesItsFigures() throws Exception {
        JsonNode report = json("/api/pools/" + pool + "/reports/rewards?from=2026-01-05T00:00:00Z&to=2026-01-12T00:00:00Z");

        assertThat(report.get("accounts").get(0).get("rewards").asText()).isEqualTo("384615.384615384615384615");
        assertThat(report.get("accounts").get(0).get("deposited").asText()).isEqualTo("0");
        assertThat(report.get("accounts").get(1).get("rewards").asText()).isEqualTo("192307.692307692307692307");
        JsonNode totals = report.get("totals");
        assertThat(totals.get("accounts").asText()).isEqualTo("576923.076923076923076922");
        assertThat(totals.get("remainder").asText()).isEqualTo("0.000000000000000001");
        assertThat(totals.get("rounding").asText()).isEqualTo("0.000000000000000001");
        assertThat(totals.get("heldByPool").asText()).isEqualTo("0");
        JsonNode epoch = report.get("slices").get(0).get("detail");
        assertThat(epoch.get("sharePriceBefore").asText()).isEqualTo("1");
        assertThat(epoch.get("sharePriceAfter").asText()).isEqualTo("4.846153846153846153");
        assertThat(epoch.get("weightedShares").asText()).isEqualTo("150000");
    }

    @Test
    void oneAccountsLineKeepsThePoolTotals() throws Exception {
        JsonNode all = json("/api/pools/" + pool + "/reports/rewards?from=2026-01-01T00:00:00Z&to=2026-01-31T00:00:00Z");
        JsonNode alice = json("/api/pools/" + pool + "/reports/rewards?from=2026-01-01T00:00:00Z&to=2026-01-31T00:00:00Z&account=alice");

        assertThat(alice.get("accounts")).hasSize(1);
        assertThat(alice.get("totals")).isEqualTo(all.get("totals"));
        assertThat(alice.get("accounts").get(0).get("slices")).hasSize(2);
    }

    @Test
    void csvHasARowPerEpochPerAccountAndTheRemainderOnItsOwnLine() {
        ResponseEntity<String> answer = get("/api/pools/" + pool
                + "/reports/rewards?from=2026-01-01T00:00:00Z&to=2026-01-31T00:00:00Z&format=csv");

        assertThat(answer.getHeaders().getContentType().toString()).startsWith("text/csv");
        List<String> rows = List.of(answer.getBody().split("\r\n"));
        assertThat(rows.get(0)).startsWith("account,period,start,end,deposited,withdrawn,rewards,distributed,remainder,heldByPool,rounding");
        assertThat(rows).anyMatch(row -> row.startsWith("alice,epoch 1,"));
        assertThat(rows).anyMatch(row -> row.startsWith("bob,total,"));
        assertThat(rows).anyMatch(row -> row.startsWith("(remainder),total,"));
        assertThat(rows.get(rows.size() - 1)).startsWith("(distributed),total,").contains("1153846.153846153846153846");
    }

    @Test
    void reconciliationChecksTheLawsAtBothEndsAndGivesTheHeadHashTheAuditSees() throws Exception {
        JsonNode report = json("/api/pools/" + pool + "/reports/reconciliation?from=2026-01-12T00:00:00Z&to=2026-01-31T00:00:00Z");
        JsonNode audit = json("/api/pools/" + pool + "/audit");

        assertThat(report.get("lawsOk").asBoolean()).isTrue();
        assertThat(report.get("chainOk").asBoolean()).isTrue();
        assertThat(report.get("headAtTo").get("hash").asText()).isEqualTo(audit.get("chain").get("headHash").asText());
        assertThat(report.get("headAtTo").get("sequence").asLong()).isEqualTo(6);
        assertThat(report.get("headAtFrom").get("sequence").asLong()).isEqualTo(4);
        assertThat(report.get("lawsAtFrom")).isNotEmpty();
        assertThat(get("/api/pools/" + pool + "/reports/reconciliation?from=2026-01-12T00:00:00Z&to=2026-01-31T00:00:00Z&format=csv")
                .getBody()).startsWith("section,name,atFrom,atTo,change,ok,detail\r\ntotal,sold,");
    }

    @Test
    void batchQueriesAnswerTheSameReports() throws Exception {
        List<JsonNode> answers = new Batch(runner).run(pool, """
                {"query":"rewardsReport","pool":"$pool","from":"2026-01-12T00:00:00Z","to":"2026-01-19T00:00:00Z"}
                {"query":"reconciliationReport","pool":"$pool","from":"2026-01-12T00:00:00Z","to":"2026-01-19T00:00:00Z","format":"csv"}
                """);
        JsonNode rest = json("/api/pools/" + pool + "/reports/rewards?from=2026-01-12T00:00:00Z&to=2026-01-19T00:00:00Z");

        assertThat(answers.get(0).get("query").asText()).isEqualTo("rewardsReport");
        assertThat(answers.get(0).get("totals")).isEqualTo(rest.get("totals"));
        assertThat(answers.get(1).get("csv").asText()).startsWith("section,name,atFrom,atTo,change,ok,detail");
    }

    @Test
    void aPeriodThatIsMissingMalformedOrBackwardsIsABadRequest() {
        assertThat(get("/api/pools/" + pool + "/reports/rewards?from=2026-01-12T00:00:00Z").getStatusCode().value()).isEqualTo(400);
        assertThat(get("/api/pools/" + pool + "/reports/rewards?from=yesterday&to=2026-01-19T00:00:00Z").getStatusCode().value()).isEqualTo(400);
        assertThat(get("/api/pools/" + pool + "/reports/rewards?from=2026-01-19T00:00:00Z&to=2026-01-12T00:00:00Z").getStatusCode().value()).isEqualTo(400);
        assertThat(get("/api/pools/" + pool + "/reports/reconciliation?from=2025-01-01T00:00:00Z&to=2025-02-01T00:00:00Z").getStatusCode().value()).isEqualTo(404);
    }
}
