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
 * Dilution, the 270% cap and an emptied balance (docs/domain/points-boost.md) through the batch format. Days count from
 * 2024-04-30T12:00:00Z (day 0). Expected values are worked out by hand in the comments.
 */
@LedgerAppTest
class PointsBoostEdgeCaseBatchTest {

    /** alice: 2,000 base points per day, all covered by 1,000 staked tokens, at a price of 1 USD. */
    private static final String ALICE_STAKES_1000_AT_DAY_0 = """
            {"type":"CreatePool","pool":"$pool","program":"points-boost","params":{},"at":"2024-04-30T12:00:00Z"}
            {"type":"SetPrice","pool":"$pool","price":"1","at":"2024-04-30T12:00:00Z"}
            {"type":"SetBasePoints","pool":"$pool","account":"alice","pointsPerDay":"2000","at":"2024-04-30T12:00:00Z"}
            {"type":"Stake","pool":"$pool","account":"alice","amount":"1000","at":"2024-04-30T12:00:00Z"}
            """;

    @Autowired
    BatchRunner runner;

    private List<JsonNode> run(String lines) {
        List<JsonNode> out = new Batch(runner).run(Batch.uniquePool("pb-edge"), lines);
        assertThat(out).noneMatch(answer -> answer.has("rejected"));
        return out;
    }

    private static String text(JsonNode answer, String field) {
        return answer.get(field).asText();
    }

    @Test
    void multiplierReachesItsCapBetweenTwoEventsAndPointsAccrueExactlyAcrossIt() {
        List<JsonNode> out = run(ALICE_STAKES_1000_AT_DAY_0 + """
                {"type":"SetBasePoints","pool":"$pool","account":"alice","pointsPerDay":"2000","at":"2025-09-12T12:00:00Z"}
                {"query":"position","pool":"$pool","account":"alice"}
                {"type":"SetBasePoints","pool":"$pool","account":"alice","pointsPerDay":"2000","at":"2025-12-21T12:00:00Z"}
                {"query":"position","pool":"$pool","account":"alice"}
                """);
        JsonNode day500 = out.get(0);
        assertThat(text(day500, "stakingMultiplier")).isEqualTo("2.5");
        assertThat(text(day500, "boostedPointsPerDay")).isEqualTo("5600");
        // 2,000 × (0.3·500 + 0.005·500²/2) boosted + 3,000 × 500 staking
        assertThat(text(day500, "pointsAccrued")).isEqualTo("3050000");
        JsonNode day600 = out.get(1);
        assertThat(text(day600, "stakingMultiplier")).isEqualTo("2.7");
        assertThat(text(day600, "totalBoost")).isEqualTo("3");
        assertThat(text(day600, "boostedPointsPerDay")).isEqualTo("6000");
        assertThat(text(day600, "totalPointsPerDay")).isEqualTo("11000");
        // the cap is reached at day 540: 2,000 × (0.3·600 + 0.005·540²/2 + 2.7·60) + 3,000 × 600
        assertThat(text(day600, "pointsAccrued")).isEqualTo("3942000");
    }

    @Test
    void multiplierStopsExactlyAtDay540() {
        List<JsonNode> out = run(ALICE_STAKES_1000_AT_DAY_0 + """
                {"query":"position","pool":"$pool","account":"alice","at":"2025-10-21T12:00:00Z"}
                {"query":"position","pool":"$pool","account":"alice","at":"2025-10-22T12:00:00Z"}
                {"query":"position","pool":"$pool","account":"alice","at":"2025-10-22T12:00:01Z"}
                """);
        assertThat(out).extracting(answer -> text(answer, "stakingMultiplier")).containsExactly("2.695", "2.7", "2.7");
    }

    @Test
    void stakingOnACappedMultiplierDilutesItAndItGrowsAgain() {
        List<JsonNode> out = run(ALICE_STAKES_1000_AT_DAY_0 + """
                {"type":"Stake","pool":"$pool","account":"alice","amount":"1000","at":"2025-12-21T12:00:00Z"}
                {"query":"position","pool":"$pool","account":"alice"}
                {"query":"position","pool":"$pool","account":"alice","at":"2025-12-31T12:00:00Z"}
                """);
        // 2.7 × (1 − 1,000 / 2,000)
        assertThat(text(out.get(0), "stakingMultiplier")).isEqualTo("1.35");
        assertThat(text(out.get(0), "boostedPointsPerDay")).isEqualTo("3300");
        assertThat(text(out.get(1), "stakingMultiplier")).isEqualTo("1.4");
    }

    @Test
    void dilutionByAThirdIsRoundedDownTo18Decimals() {
        List<JsonNode> out = run("""
                {"type":"CreatePool","pool":"$pool","program":"points-boost","at":"2024-04-30T12:00:00Z"}
                {"type":"SetBasePoints","pool":"$pool","account":"alice","pointsPerDay":"600","at":"2024-04-30T12:00:00Z"}
                {"type":"Stake","pool":"$pool","account":"alice","amount":"100","at":"2024-04-30T12:00:00Z"}
                {"query":"position","pool":"$pool","account":"alice","at":"2024-05-20T12:00:00Z"}
                {"type":"Stake","pool":"$pool","account":"alice","amount":"200","at":"2024-05-20T12:00:00Z"}
                {"query":"position","pool":"$pool","account":"alice"}
                """);
        JsonNode before = out.get(0);
        assertThat(text(before, "stakingMultiplier")).isEqualTo("0.1");
        assertThat(text(before, "boostedPointsPerDay")).isEqualTo("80");
        // no price was ever set, so no staking points: 200 × (0.3·20 + 0.005·20²/2)
        assertThat(text(before, "stakingPointsPerDay")).isEqualTo("0");
        assertThat(text(before, "pointsAccrued")).isEqualTo("1400");
        JsonNode after = out.get(1);
        // 0.1 × (1 − 200/300) = 0.0333…, rounded down
        assertThat(text(after, "stakingMultiplier")).isEqualTo("0.033333333333333333");
        assertThat(text(after, "totalBoost")).isEqualTo("0.333333333333333333");
        assertThat(text(after, "boostedPointsPerDay")).isEqualTo("199.9999999999999998");
        assertThat(text(after, "pointsAccrued")).isEqualTo("1400");
    }

    @Test
    void unstakingEverythingFreezesTheMultiplierAndStopsThePoints() {
        List<JsonNode> out = run(ALICE_STAKES_1000_AT_DAY_0 + """
                {"type":"Unstake","pool":"$pool","account":"alice","amount":"1000","at":"2024-08-08T12:00:00Z"}
                {"query":"position","pool":"$pool","account":"alice","at":"2024-09-27T12:00:00Z"}
                {"query":"pool","pool":"$pool","at":"2024-09-27T12:00:00Z"}
                """);
        JsonNode day150 = out.get(0);
        assertThat(text(day150, "staked")).isEqualTo("0");
        assertThat(text(day150, "stakingMultiplier")).isEqualTo("0.5");
        assertThat(text(day150, "boostedPointsPerDay")).isEqualTo("0");
        assertThat(text(day150, "stakingPointsPerDay")).isEqualTo("0");
        assertThat(text(day150, "totalPointsPerDay")).isEqualTo("2000");
        // everything was earned in the first 100 days: 2,000 × (0.3·100 + 0.005·100²/2) + 3,000 × 100
        assertThat(text(day150, "pointsAccrued")).isEqualTo("410000");
        JsonNode pool = out.get(1);
        assertThat(text(pool, "totalStaked")).isEqualTo("0");
        assertThat(pool.get("stakers").asInt()).isZero();
        assertThat(pool.get("accounts").asInt()).isEqualTo(1);
    }

    @Test
    void restakingAfterAnEmptyBalanceStartsTheMultiplierFromZero() {
        List<JsonNode> out = run(ALICE_STAKES_1000_AT_DAY_0 + """
                {"type":"Unstake","pool":"$pool","account":"alice","amount":"1000","at":"2024-08-08T12:00:00Z"}
                {"type":"Stake","pool":"$pool","account":"alice","amount":"500","at":"2024-11-16T12:00:00Z"}
                {"query":"position","pool":"$pool","account":"alice"}
                {"query":"position","pool":"$pool","account":"alice","at":"2024-11-26T12:00:00Z"}
                """);
        // 0.5 × (1 − 500/500)
        assertThat(text(out.get(0), "stakingMultiplier")).isEqualTo("0");
        assertThat(text(out.get(0), "totalBoost")).isEqualTo("0.3");
        assertThat(text(out.get(0), "pointsAccrued")).isEqualTo("410000");
        JsonNode day210 = out.get(1);
        assertThat(text(day210, "stakingMultiplier")).isEqualTo("0.05");
        // 500 tokens cover 1,000 of the 2,000 base points
        assertThat(text(day210, "boostedPointsPerDay")).isEqualTo("350");
        assertThat(text(day210, "stakingPointsPerDay")).isEqualTo("1500");
        assertThat(text(day210, "totalPointsPerDay")).isEqualTo("3850");
        // + 1,000 × (0.3·10 + 0.005·10²/2) + 1,500 × 10
        assertThat(text(day210, "pointsAccrued")).isEqualTo("428250");
    }

    @Test
    void aQueryAtDay10000IsAnsweredInClosedForm() {
        List<JsonNode> out = run(ALICE_STAKES_1000_AT_DAY_0 + """
                {"query":"position","pool":"$pool","account":"alice","at":"2024-05-01T12:00:00Z"}
                {"query":"position","pool":"$pool","account":"alice","at":"2051-09-16T12:00:00Z"}
                """);
        // 2,000 × (0.3 + 0.005/2) + 3,000
        assertThat(text(out.get(0), "pointsAccrued")).isEqualTo("3605");
        assertThat(text(out.get(1), "stakingMultiplier")).isEqualTo("2.7");
        // 2,000 × (0.3·10,000 + 0.005·540²/2 + 2.7·9,460) + 3,000 × 10,000
        assertThat(text(out.get(1), "pointsAccrued")).isEqualTo("88542000");
    }
}
