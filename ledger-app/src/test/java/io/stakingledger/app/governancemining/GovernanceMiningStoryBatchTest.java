package io.stakingledger.app.governancemining;

import com.fasterxml.jackson.databind.JsonNode;
import io.stakingledger.app.batch.BatchRunner;
import io.stakingledger.app.support.Batch;
import io.stakingledger.app.support.LedgerAppTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One pool's story through the batch format, with the defaults of docs/domain/governance-mining.md written out. Alice asks
 * to stake 1000 KDX and Bob 3000 before anything is staked; the 10 KDX swept on 2 March wait, and the
 * inclusion right after it starts both on the maturation curve. The 30 KDX of 3 March are shared with
 * the waiting 10 (0.01 per token). Alice's claim on 4 March falls inside her 7-day cooldown; Bob
 * unstakes 1000 within 72 hours of his inclusion and burns 3 %. Alice claims 15 days into the curve,
 * 10 KDX are swept over 3000 tokens on 21 March (a third of a unit per token, which does not divide
 * evenly), and Bob claims 30 days after his unstake restarted his curve.
 */
@LedgerAppTest
class GovernanceMiningStoryBatchTest {

    static final String STORY = """
            {"type":"CreatePool","pool":"$pool","program":"governance-mining","params":{"stakePenalty":"0.03","stakePenaltyWindow":"PT72H","maturation":"P60D","maturationExponent":"0.66","claimCooldown":"P7D","feeShare":"0.0005","precision":12},"at":"2026-03-01T00:00:00Z"}
            {"type":"RequestStake","pool":"$pool","account":"alice","amount":"1000","at":"2026-03-01T01:00:00Z"}
            {"type":"RequestStake","pool":"$pool","account":"bob","amount":"3000","at":"2026-03-01T02:00:00Z"}
            {"type":"SweepFees","pool":"$pool","amount":"10","at":"2026-03-02T00:00:00Z"}
            {"type":"IncludePending","pool":"$pool","at":"2026-03-02T00:00:00Z"}
            {"query":"pool","pool":"$pool"}
            {"type":"SweepFees","pool":"$pool","amount":"30","at":"2026-03-03T00:00:00Z"}
            {"type":"Claim","pool":"$pool","account":"alice","at":"2026-03-04T00:00:00Z"}
            {"query":"position","pool":"$pool","account":"bob","at":"2026-03-04T00:00:00Z"}
            {"type":"Unstake","pool":"$pool","account":"bob","amount":"1000","at":"2026-03-04T00:00:00Z"}
            {"query":"position","pool":"$pool","account":"bob"}
            {"query":"position","pool":"$pool","account":"alice","at":"2026-03-17T00:00:00Z"}
            {"type":"Claim","pool":"$pool","account":"alice","at":"2026-03-17T00:00:00Z"}
            {"query":"position","pool":"$pool","account":"alice"}
            {"type":"SweepFees","pool":"$pool","amount":"10","at":"2026-03-21T00:00:00Z"}
            {"query":"position","pool":"$pool","account":"bob","at":"2026-04-03T00:00:00Z"}
            {"type":"Claim","pool":"$pool","account":"bob","at":"2026-04-03T00:00:00Z"}
            {"query":"pool","pool":"$pool"}
            {"query":"penalties","pool":"$pool"}
            {"query":"position","pool":"$pool","account":"alice"}
            {"query":"position","pool":"$pool","account":"bob"}
            """;

    @Autowired
    BatchRunner runner;

    /** The story's output lines by their line number. */
    private Map<Integer, JsonNode> story() {
        List<JsonNode> out = new Batch(runner).run(Batch.uniquePool("gm"), STORY);
        return out.stream().collect(Collectors.toMap(line -> line.get("line").asInt(), Function.identity()));
    }

    @Test
    void onlyQueriesAndTheEarlyClaimAnswer() {
        assertThat(story().keySet()).containsExactlyInAnyOrder(6, 8, 9, 11, 12, 14, 16, 18, 19, 20, 21);
    }

    @Test
    void feesSweptBeforeAnyoneIsIncludedWaitAndInclusionMovesPendingIntoStakes() {
        JsonNode pool = story().get(6);
        assertThat(pool.get("staked").asText()).isEqualTo("4000");
        assertThat(pool.get("pendingAdd").asText()).isEqualTo("0");
        assertThat(pool.get("revenuePerToken").asText()).isEqualTo("0");
        assertThat(pool.get("undistributed").asText()).isEqualTo("10");
        assertThat(pool.get("feesSwept").asText()).isEqualTo("10");
    }

    @Test
    void aClaimInsideTheCooldownIsRejectedNamingWhenTheNextClaimIsPossible() {
        assertThat(story().get(8).get("rejected").asText()).isEqualTo("account alice can claim once every 7 days "
                + "(counted from its first inclusion at 2026-03-02T00:00:00Z); its next claim is possible at "
                + "2026-03-09T00:00:00Z");
    }

    @Test
    void thePositionShowsTheThreePercentUnstakeRateInsideTheWindow() {
        JsonNode bob = story().get(9);
        assertThat(bob.get("unstakePenaltyRate").asText()).isEqualTo("0.03");
        assertThat(bob.get("unstakePenaltyUntil").asText()).isEqualTo("2026-03-05T00:00:00Z");
        assertThat(bob.get("rewardAccrued").asText()).isEqualTo("30");
    }

    @Test
    void anUnstakeInsideSeventyTwoHoursBurnsThreePercentAndRestartsTheCurve() {
        JsonNode bob = story().get(11);
        assertThat(bob.get("staked").asText()).isEqualTo("2000");
        assertThat(bob.get("stakeBurned").asText()).isEqualTo("30");
        assertThat(bob.get("rewardAccrued").asText()).isEqualTo("30");
        assertThat(bob.get("effectiveStart").asText()).isEqualTo("2026-03-04T00:00:00Z");
        assertThat(bob.get("lastStake").asText()).isEqualTo("2026-03-02T00:00:00Z");
    }

    @Test
    void fifteenDaysIntoTheCurveAClaimBurnsTheRewardTimesThreeQuartersToThePowerPointSixSix() {
        // 10 × 0.75^0.66 = 8.2706650682207868548..., rounded down at 12 digits.
        JsonNode alice = story().get(12);
        assertThat(alice.get("rewardAccrued").asText()).isEqualTo("10");
        assertThat(alice.get("claimPenaltyRate").asText()).isEqualTo("0.8270665068220786854813622064913423");
        assertThat(alice.get("claimPenalty").asText()).isEqualTo("8.27066506822");
        assertThat(alice.get("claimNet").asText()).isEqualTo("1.72933493178");
        assertThat(alice.get("canClaim").asBoolean()).isTrue();
        assertThat(alice.get("claimableFrom").asText()).isEqualTo("2026-03-09T00:00:00Z");
    }

    @Test
    void aClaimPaysWhatThePositionQuotedAndStartsTheNextCooldown() {
        JsonNode alice = story().get(14);
        assertThat(alice.get("rewardAccrued").asText()).isEqualTo("0");
        assertThat(alice.get("rewardsPaid").asText()).isEqualTo("1.72933493178");
        assertThat(alice.get("rewardsBurned").asText()).isEqualTo("8.27066506822");
        assertThat(alice.get("lastClaim").asText()).isEqualTo("2026-03-17T00:00:00Z");
        assertThat(alice.get("claimableFrom").asText()).isEqualTo("2026-03-24T00:00:00Z");
        assertThat(alice.get("canClaim").asBoolean()).isFalse();
    }

    @Test
    void thirtyDaysIntoTheCurveAClaimBurnsTheRewardTimesOneHalfToThePowerPointSixSix() {
        // 30 + 2000 × 10/3000 rounded down at 12 digits = 36.666666666666;
        // × 0.5^0.66 = 23.2055375561214..., rounded down at 12 digits.
        JsonNode bob = story().get(16);
        assertThat(bob.get("rewardAccrued").asText()).isEqualTo("36.666666666666");
        assertThat(bob.get("claimPenaltyRate").asText()).isEqualTo("0.6328782969851399783354142018982132");
        assertThat(bob.get("claimPenalty").asText()).isEqualTo("23.205537556121");
        assertThat(bob.get("claimNet").asText()).isEqualTo("13.461129110545");
        assertThat(bob.get("unstakePenaltyRate").asText()).isEqualTo("0");
    }

    @Test
    void thePoolViewShowsStakesAccumulatorUndistributedFeesAndBothBurnTotals() {
        JsonNode pool = story().get(18);
        assertThat(pool.get("pool").asText()).startsWith("gm-");
        assertThat(pool.get("at").asText()).isEqualTo("2026-04-03T00:00:00Z");
        assertThat(pool.get("staked").asText()).isEqualTo("3000");
        assertThat(pool.get("revenuePerToken").asText()).isEqualTo("0.013333333333333333333333333333333333");
        assertThat(pool.get("burnedFromStakes").asText()).isEqualTo("30");
        assertThat(pool.get("burnedFromRewards").asText()).isEqualTo("31.476202624341");
        assertThat(pool.get("rewardsPaid").asText()).isEqualTo("15.190464042325");
        // Alice's unsettled 1000 × 0.00333... at 18 digits; the 10^-12 fractions cut off Bob's settlement
        // and below the accumulator's last digit wait for the next sweep.
        assertThat(pool.get("rewardsOwed").asText()).isEqualTo("3.333333333333333333");
        assertThat(pool.get("undistributed").asText()).isEqualTo("0.000000000000666667");
        assertThat(pool.get("feesSwept").asText()).isEqualTo("50");
        assertThat(pool.get("stakesReturned").asText()).isEqualTo("970");
    }

    @Test
    void thePenaltiesHistoryListsEveryBurnWithItsAccountKindAmountAndTime() {
        JsonNode penalties = story().get(19).get("penalties");
        assertThat(penalties).hasSize(3);
        assertBurn(penalties.get(0), "bob", "UNSTAKE_PENALTY", "30", "2026-03-04T00:00:00Z");
        assertBurn(penalties.get(1), "alice", "CLAIM_PENALTY", "8.27066506822", "2026-03-17T00:00:00Z");
        assertBurn(penalties.get(2), "bob", "CLAIM_PENALTY", "23.205537556121", "2026-04-03T00:00:00Z");
    }

    @Test
    void paidPlusBurnedPlusOwedPlusUndistributedIsExactlyWhatWasSwept() {
        Map<Integer, JsonNode> out = story();
        JsonNode pool = out.get(18);
        BigDecimal paid = decimal(pool, "rewardsPaid");
        BigDecimal burned = decimal(pool, "burnedFromRewards");
        BigDecimal owed = decimal(pool, "rewardsOwed");
        BigDecimal undistributed = decimal(pool, "undistributed");
        assertThat(paid.add(burned).add(owed).add(undistributed)).isEqualByComparingTo(decimal(pool, "feesSwept"));
        assertThat(decimal(out.get(20), "rewardsPaid").add(decimal(out.get(21), "rewardsPaid")))
                .isEqualByComparingTo(paid);
        assertThat(decimal(out.get(20), "rewardsBurned").add(decimal(out.get(21), "rewardsBurned")))
                .isEqualByComparingTo(burned);
        // What the accounts can claim now is what is owed, less the digits below the token's precision.
        assertThat(decimal(out.get(20), "rewardAccrued").add(decimal(out.get(21), "rewardAccrued")))
                .isEqualByComparingTo("3.333333333333");
    }

    @Test
    void everyStakedTokenIsStakedPendingReturnedOrBurned() {
        JsonNode pool = story().get(18);
        assertThat(decimal(pool, "staked").add(decimal(pool, "pendingAdd")).add(decimal(pool, "stakesReturned"))
                .add(decimal(pool, "burnedFromStakes"))).isEqualByComparingTo("4000");
    }

    private static void assertBurn(JsonNode burn, String account, String kind, String amount, String at) {
        assertThat(burn.get("account").asText()).isEqualTo(account);
        assertThat(burn.get("kind").asText()).isEqualTo(kind);
        assertThat(burn.get("amount").asText()).isEqualTo(amount);
        assertThat(burn.get("at").asText()).isEqualTo(at);
    }

    private static BigDecimal decimal(JsonNode line, String field) {
        return new BigDecimal(line.get(field).asText());
    }
}
