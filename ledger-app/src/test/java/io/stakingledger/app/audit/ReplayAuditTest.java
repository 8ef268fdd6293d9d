package io.stakingledger.app.audit;

import com.fasterxml.jackson.databind.JsonNode;
import io.stakingledger.app.batch.BatchRunner;
import io.stakingledger.app.support.Batch;
import io.stakingledger.app.support.LedgerAppTest;
import io.stakingledger.core.earlystaking.StakeDeposited;
import io.stakingledger.projections.LedgerViews;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

import java.math.BigDecimal;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

@LedgerAppTest
class ReplayAuditTest {

    @Autowired
    BatchRunner runner;
    @Autowired
    ReplayAudit replay;
    @Autowired
    LedgerViews live;
    @Autowired
    TestRestTemplate http;

    private String poolsOfEveryProgram() {
        String tag = Batch.uniquePool("r");
        Batch batch = new Batch(runner);
        batch.run(tag + "-es", """
                {"type":"CreatePool","pool":"$pool","program":"early-staking","params":{"start":"2026-01-05T00:00:00Z"},"at":"2026-01-01T00:00:00Z"}
                {"type":"Purchase","pool":"$pool","account":"alice","amount":"1000","paidAsset":"USDC","paidAmount":"5","at":"2026-01-02T00:00:00Z"}
                {"type":"ExerciseDcr","pool":"$pool","account":"alice","dcr":"100","deposit":"1000","at":"2026-01-02T00:00:00Z"}
                {"type":"CloseEpoch","pool":"$pool","at":"2026-01-12T00:00:00Z"}
                """);
        batch.run(tag + "-pb", """
                {"type":"CreatePool","pool":"$pool","program":"points-boost","at":"2026-01-01T00:00:00Z"}
                {"type":"SetPrice","pool":"$pool","price":"0.2","at":"2026-01-01T00:00:00Z"}
                {"type":"Stake","pool":"$pool","account":"bob","amount":"200000","at":"2026-01-02T00:00:00Z"}
                """);
        batch.run(tag + "-ve", """
                {"type":"CreatePool","pool":"$pool","program":"vote-escrow","at":"2026-01-01T00:00:00Z"}
                {"type":"Lock","pool":"$pool","account":"carol","amount":"100","term":"12M","at":"2026-01-01T00:00:00Z"}
                {"type":"DistributeRewards","pool":"$pool","at":"2026-01-02T00:00:00Z"}
                """);
        return tag;
    }

    @Test
    void viewsRebuiltFromTheStoreAloneMatchTheLiveViews() {
        String tag = poolsOfEveryProgram();
        ReplayReport report = replay.compare();
        // Other tests share this store and tamper with their own pools on purpose: look at ours.
        assertThat(report.differences()).filteredOn(d -> d.pool().startsWith(tag)).isEmpty();
        assertThat(report.pools()).isGreaterThanOrEqualTo(3);
        assertThat(report.viewsCompared()).isGreaterThanOrEqualTo(10);
    }

    @Test
    void aLiveViewThatDriftedFromTheStoreIsReported() {
        String tag = poolsOfEveryProgram();
        // An event the store never saw, applied to the live views only: exactly what a replay must catch.
        live.apply(new StakeDeposited(tag + "-es", "alice", new BigDecimal("1").setScale(18),
                new BigDecimal("1").setScale(18), Instant.parse("2026-01-13T00:00:00Z")));

        ReplayReport report = replay.compare();

        assertThat(report.identical()).isFalse();
        assertThat(report.differences()).filteredOn(d -> d.pool().startsWith(tag))
                .extracting(ReplayReport.Difference::pool).containsOnly(tag + "-es");
        assertThat(report.differences()).filteredOn(d -> d.pool().startsWith(tag))
                .extracting(ReplayReport.Difference::view).contains("pool", "position");

        JsonNode rebuilt = http.postForObject("/api/admin/views/rebuild", null, JsonNode.class);
        assertThat(rebuilt.get("eventsReplayed").asLong()).isPositive();
        JsonNode after = http.postForObject("/api/admin/replay", null, JsonNode.class);
        assertThat(after.get("identical").asBoolean()).as("rebuilding the live views repairs the drift").isTrue();
    }
}
