package io.stakingledger.app.voteescrow;

import com.fasterxml.jackson.databind.JsonNode;
import io.stakingledger.app.batch.BatchRunner;
import io.stakingledger.app.support.LedgerAppTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.util.List;

import static io.stakingledger.app.voteescrow.EscrowBatch.decimal;
import static org.assertj.core.api.Assertions.assertThat;

/** docs/domain/vote-escrow.md rewards and rates through the batch format: the reference APR, distributions, voting APR. */
@LedgerAppTest
class VoteEscrowRewardsBatchTest {

    /** the reference example of docs/domain/vote-escrow.md: 1 KSP locked 12M+ (8 vKSP) among 146,457,051 vKSP, the default 293,760 KSP a day. */
    private static final String REFERENCE_POOL = """
            {"type":"Lock","pool":"$pool","account":"holder","amount":"1","term":"12M+","at":"2024-01-15T00:00:00Z"}
            {"type":"Lock","pool":"$pool","account":"everyone-else","amount":"146457043","term":"4M","at":"2024-01-15T00:00:00Z"}
            {"type":"SetPrice","pool":"$pool","price":"5.39","at":"2024-01-15T00:00:00Z"}
            """;

    /** 100 KSP at 4M (100 vKSP), 100 at 12M (400) and 50 at 12M+ (400): 900 vKSP. */
    private static final String THREE_STAKERS = """
            {"type":"Lock","pool":"$pool","account":"a","amount":"100","term":"4M","at":"2024-01-15T00:00:00Z"}
            {"type":"Lock","pool":"$pool","account":"b","amount":"100","term":"12M","at":"2024-01-15T00:00:00Z"}
            {"type":"Lock","pool":"$pool","account":"c","amount":"50","term":"12M+","at":"2024-01-15T00:00:00Z"}
            """;

    @Autowired
    BatchRunner runner;

    private List<JsonNode> run(String lines) {
        return EscrowBatch.runOnNewPool(runner, lines);
    }

    @Test
    void theReferenceHoldersPositionShowsTheSpecsAprAndItsDailyCompoundedApy() {
        List<JsonNode> out = run(REFERENCE_POOL + """
                {"query":"position","pool":"$pool","account":"holder"}
                """);
        JsonNode holder = out.get(0);
        assertThat(holder.get("vKsp").asText()).isEqualTo("8");
        assertThat(holder.get("stakingAprPercent").asText()).isEqualTo("585.686516383564216379");
        assertThat(holder.get("stakingApyPercent").asText()).isEqualTo("33274.313336041116289072");
    }

    @Test
    void theReferenceHolderEarnsAbout0Point016KspFromADailyDistribution() {
        List<JsonNode> out = run(REFERENCE_POOL + """
                {"type":"DistributeRewards","pool":"$pool","at":"2024-01-16T00:00:00Z"}
                {"query":"position","pool":"$pool","account":"holder"}
                {"query":"pool","pool":"$pool"}
                """);
        assertThat(out.get(0).get("rewardsAccrued").asText()).isEqualTo("0.016046205928316827");
        JsonNode pool = out.get(1);
        assertThat(pool.get("dailyStakingEmission").asText()).isEqualTo("293760");
        assertThat(pool.get("rewardsEmitted").asText()).isEqualTo("293760");
        assertThat(pool.get("vKspTotal").asText()).isEqualTo("146457051");
        assertThat(pool.get("distributions").asInt()).isEqualTo(1);
    }

    @Test
    void anEvenSplitCreditsEveryEmittedKspToTheStakers() {
        List<JsonNode> out = run(THREE_STAKERS + """
                {"type":"DistributeRewards","pool":"$pool","at":"2024-01-16T00:00:00Z"}
                {"query":"position","pool":"$pool","account":"a"}
                {"query":"position","pool":"$pool","account":"b"}
                {"query":"position","pool":"$pool","account":"c"}
                {"query":"pool","pool":"$pool"}
                """);
        assertThat(out.get(0).get("rewardsAccrued").asText()).isEqualTo("32640");
        assertThat(out.get(1).get("rewardsAccrued").asText()).isEqualTo("130560");
        assertThat(out.get(2).get("rewardsAccrued").asText()).isEqualTo("130560");
        assertThat(out.get(3).get("rewardsEmitted").asText()).isEqualTo("293760");
        assertThat(out.get(3).get("rewardsCarried").asText()).isEqualTo("0");
    }

    @Test
    void distributedRewardsSumToWhatThePoolReportsEmittedLessOnlyRoundingDust() {
        List<JsonNode> out = run(THREE_STAKERS + """
                {"type":"DistributeRewards","pool":"$pool","at":"2024-01-16T00:00:00Z"}
                {"type":"DistributeRewards","pool":"$pool","amount":"1","at":"2024-01-17T00:00:00Z"}
                {"type":"Lock","pool":"$pool","account":"d","amount":"7","term":"8M","at":"2024-01-17T12:00:00Z"}
                {"type":"DistributeRewards","pool":"$pool","amount":"10","at":"2024-01-18T00:00:00Z"}
                {"type":"Unlock","pool":"$pool","account":"a","at":"2024-05-15T00:00:00Z"}
                {"type":"DistributeRewards","pool":"$pool","at":"2024-05-16T00:00:00Z"}
                {"query":"position","pool":"$pool","account":"a"}
                {"query":"position","pool":"$pool","account":"b"}
                {"query":"position","pool":"$pool","account":"c"}
                {"query":"position","pool":"$pool","account":"d"}
                {"query":"pool","pool":"$pool"}
                """);
        assertThat(out).hasSize(5);
        BigDecimal accrued = out.subList(0, 4).stream().map(p -> decimal(p, "rewardsAccrued"))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        JsonNode pool = out.get(4);
        assertThat(pool.get("rewardsEmitted").asText()).isEqualTo("587531");
        assertThat(accrued).isEqualByComparingTo("587530.999999999999999999");
        // Exactly: what accounts own plus the remainder the pool carries to its next distribution.
        assertThat(decimal(pool, "rewardsAllocated").add(decimal(pool, "rewardsCarried")))
                .isEqualByComparingTo(decimal(pool, "rewardsEmitted"));
        // Each account's accrual is rounded down to 18 decimals: at most 10^-18 short per account.
        assertThat(decimal(pool, "rewardsEmitted").subtract(accrued)).isBetween(BigDecimal.ZERO, new BigDecimal("4E-18"));
    }

    @Test
    void theAprHistoryListsEachDistributionUpToTheInstantAsked() {
        List<JsonNode> out = run(REFERENCE_POOL + """
                {"type":"DistributeRewards","pool":"$pool","at":"2024-01-16T00:00:00Z"}
                {"type":"Lock","pool":"$pool","account":"newcomer","amount":"146457051","term":"12M","at":"2024-01-16T12:00:00Z"}
                {"type":"DistributeRewards","pool":"$pool","at":"2024-01-17T00:00:00Z"}
                {"query":"aprHistory","pool":"$pool"}
                {"query":"aprHistory","pool":"$pool","asOf":"2024-01-16T12:00:00Z"}
                """);
        JsonNode history = out.get(0).get("aprHistory");
        assertThat(history).hasSize(2);
        assertThat(history.get(0).get("at").asText()).isEqualTo("2024-01-16T00:00:00Z");
        assertThat(history.get(0).get("amount").asText()).isEqualTo("293760");
        assertThat(history.get(0).get("vKspTotal").asText()).isEqualTo("146457051");
        JsonNode longest = history.get(0).get("terms").get(3);
        assertThat(longest.get("term").asText()).isEqualTo("12M+");
        assertThat(longest.get("stakingAprPercent").asText()).isEqualTo("585.686516383564216379");
        assertThat(history.get(1).get("vKspTotal").asText()).isEqualTo("732285255");
        assertThat(history.get(1).get("terms").get(3).get("stakingAprPercent").asText())
                .isEqualTo("117.137303276712843275");
        assertThat(out.get(1).get("aprHistory")).hasSize(1);
    }

    @Test
    void aVoteShowsItsVotingAprFromTheTargetsFeesAndThePrice() {
        List<JsonNode> out = run("""
                {"type":"Lock","pool":"$pool","account":"alice","amount":"100","term":"4M","at":"2024-01-15T00:00:00Z"}
                {"type":"Lock","pool":"$pool","account":"bob","amount":"900","term":"4M","at":"2024-01-15T00:00:00Z"}
                {"type":"Vote","pool":"$pool","account":"alice","target":"KSP-KUSDT","amount":"100","at":"2024-01-15T00:00:00Z"}
                {"type":"Vote","pool":"$pool","account":"bob","target":"KSP-KUSDT","amount":"900","at":"2024-01-15T00:00:00Z"}
                {"query":"position","pool":"$pool","account":"alice"}
                {"type":"RecordPoolFees","pool":"$pool","target":"KSP-KUSDT","fees":"10000","at":"2024-01-15T00:00:00Z"}
                {"type":"SetPrice","pool":"$pool","price":"2","at":"2024-01-15T00:00:00Z"}
                {"query":"position","pool":"$pool","account":"alice"}
                """);
        assertThat(out.get(0).get("votes").get(0).get("votingAprPercent").isNull()).isTrue();
        // 10,000 USD × 0.5 × (100 / 1,000 votes) / 2 USD × 365 × 100 / 100 KSP
        JsonNode vote = out.get(1).get("votes").get(0);
        assertThat(vote.get("target").asText()).isEqualTo("KSP-KUSDT");
        assertThat(vote.get("vKsp").asText()).isEqualTo("100");
        assertThat(vote.get("targetVotes").asText()).isEqualTo("1000");
        assertThat(vote.get("fees24h").asText()).isEqualTo("10000");
        assertThat(vote.get("votingAprPercent").asText()).isEqualTo("91250");
    }
}
