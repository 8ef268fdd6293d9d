package io.stakingledger.app.governancemining;

import com.fasterxml.jackson.databind.JsonNode;
import io.stakingledger.app.batch.BatchRunner;
import io.stakingledger.app.support.Batch;
import io.stakingledger.app.support.LedgerAppTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The governance-mining views at chosen instants, through the batch format. Dana stakes 300 and Eve
 * 100 KDX, both included on 1 March; 100 KDX are swept on 2 March, so Dana's reward is 75 and Eve's 25.
 */
@LedgerAppTest
class GovernanceMiningViewsBatchTest {

    private static final String START = """
            {"type":"CreatePool","pool":"$pool","program":"governance-mining","at":"2026-03-01T00:00:00Z"}
            {"type":"RequestStake","pool":"$pool","account":"dana","amount":"300","at":"2026-03-01T00:00:00Z"}
            {"type":"RequestStake","pool":"$pool","account":"eve","amount":"100","at":"2026-03-01T00:00:00Z"}
            {"type":"IncludePending","pool":"$pool","at":"2026-03-01T00:00:00Z"}
            {"type":"SweepFees","pool":"$pool","amount":"100","at":"2026-03-02T00:00:00Z"}
            """;

    @Autowired
    BatchRunner runner;

    private List<JsonNode> run(String lines) {
        return new Batch(runner).run(Batch.uniquePool("gm"), START + lines);
    }

    @Test
    void theClaimPenaltyFollowsTheMaturationCurveAtTheViewsInstant() {
        List<JsonNode> out = run("""
                {"query":"position","pool":"$pool","account":"dana","at":"2026-03-16T00:00:00Z"}
                {"query":"position","pool":"$pool","account":"dana","at":"2026-03-31T00:00:00Z"}
                {"query":"position","pool":"$pool","account":"dana","at":"2026-04-30T00:00:00Z"}
                """);
        // 75 × 0.75^0.66 = 62.0299880116559..., 75 × 0.5^0.66 = 47.4658722738854..., both rounded down at 12 digits.
        assertThat(out.get(0).get("claimPenalty").asText()).isEqualTo("62.029988011655");
        assertThat(out.get(0).get("claimNet").asText()).isEqualTo("12.970011988345");
        assertThat(out.get(1).get("claimPenalty").asText()).isEqualTo("47.465872273885");
        assertThat(out.get(1).get("claimNet").asText()).isEqualTo("27.534127726115");
        assertThat(out.get(2).get("claimPenaltyRate").asText()).isEqualTo("0");
        assertThat(out.get(2).get("claimNet").asText()).isEqualTo("75");
    }

    @Test
    void withoutAtAViewIsEvaluatedAtThePoolsLatestEvent() {
        List<JsonNode> out = run("""
                {"query":"position","pool":"$pool","account":"eve"}
                {"query":"pool","pool":"$pool"}
                """);
        assertThat(out.get(0).get("at").asText()).isEqualTo("2026-03-02T00:00:00Z");
        assertThat(out.get(0).get("rewardAccrued").asText()).isEqualTo("25");
        assertThat(out.get(0).get("canClaim").asBoolean()).isFalse();
        assertThat(out.get(0).get("unstakePenaltyRate").asText()).isEqualTo("0.03");
        assertThat(out.get(1).get("at").asText()).isEqualTo("2026-03-02T00:00:00Z");
        assertThat(out.get(1).get("revenuePerToken").asText()).isEqualTo("0.25");
    }

    @Test
    void theUnstakeWindowClosesSeventyTwoHoursAfterTheLastInclusion() {
        List<JsonNode> out = run("""
                {"query":"position","pool":"$pool","account":"eve","at":"2026-03-03T23:59:59Z"}
                {"query":"position","pool":"$pool","account":"eve","at":"2026-03-04T00:00:00Z"}
                """);
        assertThat(out.get(0).get("unstakePenaltyRate").asText()).isEqualTo("0.03");
        assertThat(out.get(1).get("unstakePenaltyRate").asText()).isEqualTo("0");
        assertThat(out.get(1).get("unstakePenaltyUntil").asText()).isEqualTo("2026-03-04T00:00:00Z");
    }

    @Test
    void thePenaltiesHistoryCanBeCutAtAnInstantAndLimitedToOneAccount() {
        List<JsonNode> out = run("""
                {"type":"Unstake","pool":"$pool","account":"eve","amount":"50","at":"2026-03-03T00:00:00Z"}
                {"type":"Claim","pool":"$pool","account":"dana","at":"2026-03-16T00:00:00Z"}
                {"query":"penalties","pool":"$pool","asOf":"2026-03-10T00:00:00Z"}
                {"query":"penalties","pool":"$pool","account":"dana"}
                {"query":"penalties","pool":"$pool"}
                """);
        JsonNode untilTenth = out.get(0).get("penalties");
        assertThat(untilTenth).hasSize(1);
        assertThat(untilTenth.get(0).get("account").asText()).isEqualTo("eve");
        assertThat(untilTenth.get(0).get("amount").asText()).isEqualTo("1.5");
        JsonNode dana = out.get(1).get("penalties");
        assertThat(dana).hasSize(1);
        assertThat(dana.get(0).get("kind").asText()).isEqualTo("CLAIM_PENALTY");
        assertThat(dana.get(0).get("amount").asText()).isEqualTo("62.029988011655");
        assertThat(out.get(2).get("penalties")).hasSize(2);
    }

    @Test
    void theUsdFeeShareIsVolumeTimesFeeShareTimesStakeShareTimesDays() {
        List<JsonNode> out = run("""
                {"query":"feeShareUsd","pool":"$pool","account":"eve","dailyVolumeUsd":"2000000","days":"30"}
                {"query":"feeShareUsd","pool":"$pool","account":"eve","dailyVolumeUsd":"-1","days":"30"}
                """);
        // 2,000,000 × 0.0005 × 100 / 400 × 30 = 7,500 USD.
        assertThat(out.get(0).get("usd").asText()).isEqualTo("7500");
        assertThat(out.get(0).get("totalStaked").asText()).isEqualTo("400");
        assertThat(out.get(1).get("rejected").asText()).isEqualTo("dailyVolumeUsd must not be negative, got -1");
    }
}
