package io.stakingledger.core.pointsboost;

import io.stakingledger.core.common.CommandRejected;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static io.stakingledger.core.pointsboost.PointsBoostExamples.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The exact integral of the daily rates, across the cap and over long spans. */
class PointsAccrualTest {

    /** 200,000 staked at launch with 1,000,000 base points: 400,000 points per day are boosted; no price. */
    private static List<Object> stakedWithoutPrice() {
        return List.of(poolCreated(),
                new BasePointsSet(POOL, ALICE, d("1000000"), d("0"), LAUNCH),
                new Staked(POOL, ALICE, d("200000"), d("200000"), d("0"), d("0"), d("0"), LAUNCH));
    }

    @Test
    void theIntegralIsSplitExactlyWhereTheCapIsReached() {
        // 400,000 × (0.3·550 + 0.005·540²/2 + 2.7·10) = 400,000 × 921
        PointsPosition p = fold(stakedWithoutPrice()).positionAt(ALICE, day(550)).orElseThrow();
        assertThat(p.pointsAccrued()).isEqualTo(d("368400000"));
    }

    @Test
    void reachingTheCapBetweenTwoEventsGivesTheSameTotalAsWithoutTheEvent() {
        List<Object> history = new ArrayList<>(stakedWithoutPrice());
        // Settled at day 530 (400,000 × (0.3·530 + 0.0025·530²)), then the cap is reached at day 540.
        history.add(new BasePointsSet(POOL, ALICE, d("1000000"), d("344500000"), day(530)));
        PointsBoostState state = fold(history);
        assertThat(state.positionAt(ALICE, day(550)).orElseThrow().pointsAccrued()).isEqualTo(d("368400000"));
    }

    @Test
    void aQueryAtDay10000IsExactAndNeedsNoLoop() {
        List<Object> history = new ArrayList<>(stakedWithoutPrice());
        history.add(priceSet("0.2", LAUNCH));
        PointsPosition p = fold(history).positionAt(ALICE, day(10_000)).orElseThrow();
        // 400,000 × (3,000 + 729 + 2.7·9,460) boosted + 120,000 × 10,000 staking
        assertThat(p.pointsAccrued()).isEqualTo(d("12908400000"));
    }

    @Test
    void stakingPointsFollowEachPriceOverItsOwnSpan() {
        List<Object> history = List.of(poolCreated(),
                new Staked(POOL, ALICE, d("1000"), d("1000"), d("0"), d("0"), d("0"), LAUNCH),
                priceSet("0.5", day(10)),
                priceSet("2", day(20)));
        // No base points: only staking points, 1,000 × 3 × (0.5·10 + 2·5)
        assertThat(fold(history).positionAt(ALICE, day(25)).orElseThrow().pointsAccrued()).isEqualTo(d("45000"));
    }

    @Test
    void anInexactIntegralIsRoundedDownTo18Decimals() {
        // One second: 400,000 × (0.3 / 86,400 + 0.005 / (2 × 86,400²)) = 1.38888902284807956104...
        PointsPosition p = fold(stakedWithoutPrice()).positionAt(ALICE, LAUNCH.plusSeconds(1)).orElseThrow();
        assertThat(p.pointsAccrued()).isEqualTo(new BigDecimal("1.388889022848079561"));
    }

    @Test
    void withoutGrowthTheBoostedRateIsFlat() {
        PointsBoostParameters flat = PointsBoostParameters.defaults().withMultiplierPerDay(BigDecimal.ZERO);
        List<Object> history = List.of(new PointsBoostPoolCreated(POOL, PointsBoostPoolCreated.StoredParameters.from(flat), LAUNCH),
                new BasePointsSet(POOL, ALICE, d("1000000"), d("0"), LAUNCH),
                new Staked(POOL, ALICE, d("200000"), d("200000"), d("0"), d("0"), d("0"), LAUNCH));
        PointsPosition p = fold(history).positionAt(ALICE, day(100)).orElseThrow();
        assertThat(p.stakingMultiplier()).isEqualTo(d("0"));
        assertThat(p.pointsAccrued()).isEqualTo(d("12000000"));
    }

    @Test
    void coverageIsCappedByTheBasePointsEarned() {
        List<Object> history = List.of(poolCreated(),
                new BasePointsSet(POOL, ALICE, d("100"), d("0"), LAUNCH),
                new Staked(POOL, ALICE, d("1000000"), d("1000000"), d("0"), d("0"), d("0"), LAUNCH));
        PointsPosition p = fold(history).positionAt(ALICE, LAUNCH).orElseThrow();
        assertThat(p.boostedPointsPerDay()).isEqualTo(d("30"));
    }

    @Test
    void evaluatingBeforeThePoolsLastEventIsRejected() {
        PointsBoostState state = fold(scenario3());
        assertThatThrownBy(() -> state.positionAt(ALICE, day(89)))
                .isInstanceOf(CommandRejected.class)
                .hasMessageContaining("earlier than the pool's last event at 2024-07-29T12:00:00Z");
    }

    @Test
    void anUnknownAccountHasNoPosition() {
        assertThat(fold(scenario1()).positionAt(BOB, day(1))).isEmpty();
    }
}
