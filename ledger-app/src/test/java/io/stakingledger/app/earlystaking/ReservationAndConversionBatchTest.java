package io.stakingledger.app.earlystaking;

import com.fasterxml.jackson.databind.JsonNode;
import io.stakingledger.app.batch.BatchRunner;
import io.stakingledger.app.support.Batch;
import io.stakingledger.app.support.LedgerAppTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The reservation queue, the principal conversion right and the guaranteed minimum through the batch format. */
@LedgerAppTest
class ReservationAndConversionBatchTest {

    @Autowired
    BatchRunner runner;

    private List<JsonNode> run(String lines) {
        return new Batch(runner).run(Batch.uniquePool("rq"), lines);
    }

    @Test
    void queueIsRealizedInOrderAtTheEpochCloseAndDirectStakesWaitForIt() {
        List<JsonNode> out = run("""
                {"type":"CreatePool","pool":"$pool","program":"early-staking","params":{"shareCap":"1000","totalReward":"400","epochs":4,"start":"2026-01-05T00:00:00Z"},"at":"2026-01-01T00:00:00Z"}
                {"type":"Stake","pool":"$pool","account":"bob","amount":"900","at":"2026-01-02T00:00:00Z"}
                {"type":"Stake","pool":"$pool","account":"carol","amount":"150","at":"2026-01-02T00:00:00Z"}
                {"type":"Reserve","pool":"$pool","account":"carol","amount":"150","at":"2026-01-02T00:00:00Z"}
                {"type":"Reserve","pool":"$pool","account":"dave","amount":"40","at":"2026-01-03T00:00:00Z"}
                {"type":"Stake","pool":"$pool","account":"erin","amount":"1","at":"2026-01-03T00:00:00Z"}
                {"type":"CancelReservation","pool":"$pool","account":"dave","amount":"15","at":"2026-01-04T00:00:00Z"}
                {"query":"reservations","pool":"$pool"}
                {"type":"CloseEpoch","pool":"$pool","at":"2026-01-12T00:00:00Z"}
                {"query":"reservations","pool":"$pool"}
                {"query":"position","pool":"$pool","account":"carol"}
                {"query":"pool","pool":"$pool"}
                """);
        assertThat(out.get(0).get("line").asInt()).isEqualTo(3);
        assertThat(out.get(0).get("rejected").asText()).contains("only 100 remain under the cap of 1000");
        assertThat(out.get(1).get("line").asInt()).isEqualTo(6);
        assertThat(out.get(1).get("rejected").asText()).contains("KASH are queued for staking").contains("reserve instead");
        JsonNode queue = out.get(2).get("queue");
        assertThat(queue).hasSize(2);
        assertThat(queue.get(1).get("account").asText()).isEqualTo("dave");
        assertThat(queue.get(1).get("amount").asText()).isEqualTo("25");
        JsonNode after = out.get(3).get("queue");
        assertThat(after).hasSize(2);
        assertThat(after.get(0).get("account").asText()).as("carol keeps the head with her rest").isEqualTo("carol");
        assertThat(after.get(0).get("amount").asText()).isEqualTo("50");
        JsonNode carol = out.get(4);
        assertThat(carol.get("principalShares").asText()).isEqualTo("100");
        assertThat(carol.get("reserved").asText()).isEqualTo("50");
        assertThat(out.get(5).get("capacityLeft").asText()).isEqualTo("0");
        assertThat(out.get(5).get("sharePrice").asText()).isEqualTo("1.1");
    }

    @Test
    void conversionRefundsWhatWasPaidAndLeavesTheSharePriceUnchanged() {
        List<JsonNode> out = run("""
                {"type":"CreatePool","pool":"$pool","program":"early-staking","params":{"epochs":2,"start":"2026-01-05T00:00:00Z"},"at":"2026-01-01T00:00:00Z"}
                {"type":"Purchase","pool":"$pool","account":"alice","amount":"1000","paidAsset":"USDC","paidAmount":"500","at":"2026-01-02T00:00:00Z"}
                {"type":"Purchase","pool":"$pool","account":"alice","amount":"1000","paidAsset":"USDT","paidAmount":"499.5","at":"2026-01-02T00:00:00Z"}
                {"type":"Stake","pool":"$pool","account":"alice","amount":"2000","at":"2026-01-02T00:00:00Z"}
                {"type":"ConvertPrincipal","pool":"$pool","account":"alice","at":"2026-01-03T00:00:00Z"}
                {"query":"position","pool":"$pool","account":"alice"}
                {"type":"CloseEpoch","pool":"$pool","at":"2026-01-12T00:00:00Z"}
                {"query":"pool","pool":"$pool"}
                {"type":"ConvertPrincipal","pool":"$pool","account":"alice","at":"2026-01-12T00:00:00Z"}
                {"query":"position","pool":"$pool","account":"alice"}
                {"query":"pool","pool":"$pool"}
                {"type":"ConvertPrincipal","pool":"$pool","account":"alice","at":"2026-01-12T00:00:00Z"}
                """);
        assertThat(out.get(0).get("rejected").asText()).contains("opens once 1 of 2 epochs have closed; 0 have");
        assertThat(out.get(1).get("pcrEligible").asBoolean()).isFalse();
        String priceBefore = out.get(2).get("sharePrice").asText();
        JsonNode alice = out.get(3);
        assertThat(alice.get("pcrUsed").asBoolean()).isTrue();
        assertThat(alice.get("refunds").get("USDC").asText()).isEqualTo("500");
        assertThat(alice.get("refunds").get("USDT").asText()).isEqualTo("499.5");
        assertThat(alice.get("debt").asText()).isEqualTo("2000");
        // the shares worth the 2,000 KASH bought (rounded up) become virtual: 2000 × 2000 / 15,002,000
        assertThat(alice.get("virtualShares").asText()).isEqualTo("0.266631115851219838");
        assertThat(alice.get("principalShares").asText()).isEqualTo("1999.733368884148780162");
        assertThat(alice.get("weightedShares").asText()).isEqualTo("2000");
        assertThat(out.get(4).get("sharePrice").asText()).isEqualTo(priceBefore);
        assertThat(out.get(4).get("assets").asText()).as("the bought KASH left the pool").isEqualTo("15000000");
        assertThat(out.get(5).get("rejected").asText()).contains("already used its principal conversion right");
    }
}
