package io.stakingledger.app.pointsboost;

import com.fasterxml.jackson.databind.JsonNode;
import io.stakingledger.app.batch.BatchRunner;
import io.stakingledger.app.support.Batch;
import io.stakingledger.app.support.LedgerAppTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The six worked scenarios of seed 002 (docs/domain/points-boost.md) as one batch file: price 0.2 then 0.25, base points
 * 1,000,000 per day, launch on 2024-04-30T12:00:00Z. Scenario 3 follows the formula, not the seed's slip
 * (staking points 225,000, total 1,585,000). Each test runs the whole file in a fresh pool and reads the
 * answer of one query line.
 */
@LedgerAppTest
class PointsBoostScenarioBatchTest {

    /** Lines 5, 7, 9, 10, 12 and 14 are the queries of scenarios 1 to 6. */
    private static final String SEED_002 = """
            {"type":"CreatePool","pool":"$pool","program":"points-boost","params":{},"at":"2024-04-30T12:00:00Z"}
            {"type":"SetPrice","pool":"$pool","price":"0.2","at":"2024-04-30T12:00:00Z"}
            {"type":"SetBasePoints","pool":"$pool","account":"alice","pointsPerDay":"1000000","at":"2024-04-30T12:00:00Z"}
            {"type":"Stake","pool":"$pool","account":"alice","amount":"200000","at":"2024-04-30T12:00:00Z"}
            {"query":"position","pool":"$pool","account":"alice"}
            {"type":"SetPrice","pool":"$pool","price":"0.25","at":"2024-07-29T12:00:00Z"}
            {"query":"position","pool":"$pool","account":"alice"}
            {"type":"Stake","pool":"$pool","account":"alice","amount":"100000","at":"2024-07-29T12:00:00Z"}
            {"query":"position","pool":"$pool","account":"alice"}
            {"query":"position","pool":"$pool","account":"alice","at":"2026-01-20T12:00:00Z"}
            {"type":"Unstake","pool":"$pool","account":"alice","amount":"200000","at":"2026-01-20T12:00:00Z"}
            {"query":"position","pool":"$pool","account":"alice"}
            {"type":"SetBasePoints","pool":"$pool","account":"alice","pointsPerDay":"100000","at":"2026-01-20T12:00:00Z"}
            {"query":"position","pool":"$pool","account":"alice"}
            {"query":"pool","pool":"$pool"}
            """;

    @Autowired
    BatchRunner runner;

    private JsonNode answerOfLine(int line) {
        List<JsonNode> out = new Batch(runner).run(Batch.uniquePool("pb"), SEED_002);
        assertThat(out).noneMatch(answer -> answer.has("rejected"));
        return out.stream().filter(answer -> answer.get("line").asInt() == line).findFirst().orElseThrow();
    }

    private static void assertPosition(JsonNode position, String staked, String multiplier, String totalBoost,
                                       String base, String boosted, String staking, String total) {
        assertThat(position.get("query").asText()).isEqualTo("position");
        assertThat(position.get("account").asText()).isEqualTo("alice");
        assertThat(position.get("staked").asText()).isEqualTo(staked);
        assertThat(position.get("stakingMultiplier").asText()).isEqualTo(multiplier);
        assertThat(position.get("totalBoost").asText()).isEqualTo(totalBoost);
        assertThat(position.get("basePointsPerDay").asText()).isEqualTo(base);
        assertThat(position.get("boostedPointsPerDay").asText()).isEqualTo(boosted);
        assertThat(position.get("stakingPointsPerDay").asText()).isEqualTo(staking);
        assertThat(position.get("totalPointsPerDay").asText()).isEqualTo(total);
    }

    @Test
    void scenario1StakingAtLaunchEarnsTheBaseBoostOf30PercentAndStakingPoints() {
        JsonNode p = answerOfLine(5);
        assertPosition(p, "200000", "0", "0.3", "1000000", "120000", "120000", "1240000");
        assertThat(p.get("at").asText()).isEqualTo("2024-04-30T12:00:00Z");
        assertThat(p.get("pointsAccrued").asText()).isEqualTo("0");
    }

    @Test
    void scenario2NinetyDaysLaterTheMultiplierIs45PercentAndThePriceIs025() {
        JsonNode p = answerOfLine(7);
        assertPosition(p, "200000", "0.45", "0.75", "1000000", "300000", "150000", "1450000");
        // 400,000 × (0.3·90 + 0.005·90²/2) boosted + 120,000 × 90 staking (price 0.2 until day 90)
        assertThat(p.get("pointsAccrued").asText()).isEqualTo("29700000");
    }

    @Test
    void scenario3AddingAThirdOfTheBalanceDilutesTheMultiplierTo30Percent() {
        JsonNode p = answerOfLine(9);
        assertPosition(p, "300000", "0.3", "0.6", "1000000", "360000", "225000", "1585000");
        assertThat(p.get("pointsAccrued").asText()).isEqualTo("29700000");
    }

    @Test
    void scenario4After540MoreDaysTheMultiplierIsCappedAt270Percent() {
        JsonNode p = answerOfLine(10);
        assertPosition(p, "300000", "2.7", "3", "1000000", "1800000", "225000", "3025000");
        assertThat(p.get("at").asText()).isEqualTo("2026-01-20T12:00:00Z");
        // + 600,000 × (0.6·480 + 0.005·480²/2 + 3.0·60) boosted + 225,000 × 540 staking
        assertThat(p.get("pointsAccrued").asText()).isEqualTo("777600000");
    }

    @Test
    void scenario5UnstakingLeavesTheMultiplierAt270Percent() {
        JsonNode p = answerOfLine(12);
        assertPosition(p, "100000", "2.7", "3", "1000000", "600000", "75000", "1675000");
        assertThat(p.get("pointsAccrued").asText()).isEqualTo("777600000");
    }

    @Test
    void scenario6OnlyTheBasePointsActuallyEarnedAreBoosted() {
        JsonNode p = answerOfLine(14);
        assertPosition(p, "100000", "2.7", "3", "100000", "300000", "75000", "475000");
    }

    @Test
    void poolViewSumsTheAccountsAndShowsTheDefaultParameters() {
        JsonNode pool = answerOfLine(15);
        assertThat(pool.get("query").asText()).isEqualTo("pool");
        assertThat(pool.get("price").asText()).isEqualTo("0.25");
        assertThat(pool.get("totalStaked").asText()).isEqualTo("100000");
        assertThat(pool.get("totalBasePointsPerDay").asText()).isEqualTo("100000");
        assertThat(pool.get("totalStakingPointsPerDay").asText()).isEqualTo("75000");
        assertThat(pool.get("stakers").asInt()).isEqualTo(1);
        assertThat(pool.get("accounts").asInt()).isEqualTo(1);
        assertThat(pool.get("baseBoost").asText()).isEqualTo("0.3");
        assertThat(pool.get("multiplierPerDay").asText()).isEqualTo("0.005");
        assertThat(pool.get("maxMultiplier").asText()).isEqualTo("2.7");
        assertThat(pool.get("boostCoveragePerToken").asText()).isEqualTo("2");
        assertThat(pool.get("stakingPointsPerUsd").asText()).isEqualTo("3");
    }
}
