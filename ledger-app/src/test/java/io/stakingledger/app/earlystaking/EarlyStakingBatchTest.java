package io.stakingledger.app.earlystaking;

import com.fasterxml.jackson.databind.JsonNode;
import io.stakingledger.app.batch.BatchRunner;
import io.stakingledger.app.support.Batch;
import io.stakingledger.app.support.LedgerAppTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@LedgerAppTest
class EarlyStakingBatchTest {

    private static final String CREATE =
            "{\"type\":\"CreatePool\",\"pool\":\"$pool\",\"program\":\"early-staking\",\"params\":{\"start\":\"2026-01-05T00:00:00Z\"},\"at\":\"2026-01-01T00:00:00Z\"}\n";

    @Autowired
    BatchRunner runner;

    private List<JsonNode> run(String lines) {
        return new Batch(runner).run(Batch.uniquePool("es"), CREATE + lines);
    }

    @Test
    void purchaseRecordsTheReferenceDcrAndPositionShowsIt() {
        List<JsonNode> out = run("""
                {"type":"Purchase","pool":"$pool","account":"alice","amount":"100000","paidAsset":"USDC","paidAmount":"50000","at":"2026-01-02T00:00:00Z"}
                {"query":"position","pool":"$pool","account":"alice"}
                """);
        assertThat(out).hasSize(1);
        JsonNode position = out.get(0);
        assertThat(position.get("line").asInt()).isEqualTo(3);
        assertThat(position.get("query").asText()).isEqualTo("position");
        assertThat(new BigDecimal(position.get("dcrEarned").asText()).setScale(6, java.math.RoundingMode.DOWN))
                .isEqualByComparingTo("889403.970071");
        assertThat(position.get("bought").asText()).isEqualTo("100000");
        assertThat(position.get("paid").get("USDC").asText()).isEqualTo("50000");
    }

    @Test
    void rejectedLinesAreReportedWithTheirNumberAndProcessingGoesOn() {
        List<JsonNode> out = run("""
                {"type":"Stake","pool":"$pool","account":"bob","amount":"-5","at":"2026-01-02T00:00:00Z"}
                not json
                {"type":"Stake","pool":"$pool","account":"bob","amount":"10","at":"2026-01-02T00:00:00Z"}
                {"type":"Stake","pool":"$pool","account":"bob","amount":"10","at":"2026-01-01T12:00:00Z"}
                {"type":"Teleport","pool":"$pool","at":"2026-01-02T00:00:00Z"}
                {"type":"Stake","pool":"nowhere","account":"bob","amount":"10","at":"2026-01-02T00:00:00Z"}
                {"query":"pool","pool":"$pool"}
                """);
        assertThat(out).hasSize(6);
        assertThat(out.get(0).get("line").asInt()).isEqualTo(2);
        assertThat(out.get(0).get("rejected").asText()).contains("amount must be positive");
        assertThat(out.get(1).get("line").asInt()).isEqualTo(3);
        assertThat(out.get(1).get("rejected").asText()).contains("malformed JSON");
        assertThat(out.get(2).get("line").asInt()).isEqualTo(5);
        assertThat(out.get(2).get("rejected").asText()).contains("must not go backwards");
        assertThat(out.get(3).get("rejected").asText()).contains("has no command Teleport");
        assertThat(out.get(4).get("rejected").asText()).isEqualTo("pool nowhere does not exist");
        JsonNode pool = out.get(5);
        assertThat(pool.get("assets").asText()).isEqualTo("10");
        assertThat(pool.get("principalShares").asText()).isEqualTo("10");
    }

    @Test
    void aPoolIdCanBeCreatedOnlyOnceWhateverTheProgram() {
        List<JsonNode> out = run("""
                {"type":"CreatePool","pool":"$pool","program":"early-staking","at":"2026-01-02T00:00:00Z"}
                {"type":"CreatePool","pool":"$pool","program":"points-boost","at":"2026-01-02T00:00:00Z"}
                {"query":"pool","pool":"$pool"}
                """);
        assertThat(out.get(0).get("rejected").asText()).matches("pool es-.* already exists");
        assertThat(out.get(1).get("rejected").asText()).matches("pool es-.* already exists");
        assertThat(out.get(2).get("program").asText()).isEqualTo("early-staking");
    }

    @Test
    void epochRewardRaisesTheSharePriceAndIsListedInTheHistory() {
        List<JsonNode> out = run("""
                {"type":"Stake","pool":"$pool","account":"carol","amount":"576923.076923076923076923","at":"2026-01-02T00:00:00Z"}
                {"type":"CloseEpoch","pool":"$pool","at":"2026-01-11T23:59:59Z"}
                {"type":"CloseEpoch","pool":"$pool","at":"2026-01-12T00:00:00Z"}
                {"query":"sharePrices","pool":"$pool"}
                {"query":"position","pool":"$pool","account":"carol"}
                """);
        assertThat(out.get(0).get("rejected").asText()).contains("epoch 1 ends at 2026-01-12T00:00:00Z");
        JsonNode history = out.get(1).get("sharePrices");
        assertThat(history).hasSize(1);
        assertThat(history.get(0).get("sharePrice").asText()).isEqualTo("2");
        assertThat(out.get(2).get("withdrawable").asText()).isEqualTo("1153846.153846153846153846");
    }
}
