package io.stakingledger.core.pointsboost;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static io.stakingledger.core.pointsboost.PointsBoostExamples.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The six worked scenarios of seed 002 (docs/domain/points-boost.md), read from the state fold at the scenario's instant.
 * Scenario 3 follows the formula, not the seed's slip (0.3 instead of 3: 825,000 additional points).
 */
class PointsBoostScenariosTest {

    @Test
    void scenario1StakingAtOnceEarnsTheBaseBoostAndStakingPoints() {
        PointsPosition p = fold(scenario1()).positionAt(ALICE, LAUNCH).orElseThrow();
        assertThat(p.staked()).isEqualTo(d("200000"));
        assertThat(p.stakingMultiplier()).isEqualTo(d("0"));
        assertThat(p.totalBoost()).isEqualTo(d("0.3"));
        assertThat(p.basePointsPerDay()).isEqualTo(d("1000000"));
        assertThat(p.boostedPointsPerDay()).isEqualTo(d("120000"));
        assertThat(p.stakingPointsPerDay()).isEqualTo(d("120000"));
        assertThat(p.totalPointsPerDay()).isEqualTo(d("1240000"));
        assertThat(p.pointsAccrued()).isEqualTo(d("0"));
    }

    @Test
    void scenario2NinetyDaysStakedGiveAMultiplierOf45Percent() {
        List<Object> history = new java.util.ArrayList<>(scenario1());
        history.add(priceSet("0.25", day(90)));
        PointsPosition p = fold(history).positionAt(ALICE, day(90)).orElseThrow();
        assertThat(p.stakingMultiplier()).isEqualTo(d("0.45"));
        assertThat(p.totalBoost()).isEqualTo(d("0.75"));
        assertThat(p.boostedPointsPerDay()).isEqualTo(d("300000"));
        assertThat(p.stakingPointsPerDay()).isEqualTo(d("150000"));
        assertThat(p.totalPointsPerDay()).isEqualTo(d("1450000"));
        // 400,000 × (0.3·90 + 0.005·90²/2) boosted + 120,000 × 90 staking
        assertThat(p.pointsAccrued()).isEqualTo(d("29700000"));
    }

    @Test
    void scenario3AddedStakeDilutesTheMultiplierTo30Percent() {
        PointsPosition p = fold(scenario3()).positionAt(ALICE, day(90)).orElseThrow();
        assertThat(p.staked()).isEqualTo(d("300000"));
        assertThat(p.stakingMultiplier()).isEqualTo(d("0.3"));
        assertThat(p.totalBoost()).isEqualTo(d("0.6"));
        assertThat(p.boostedPointsPerDay()).isEqualTo(d("360000"));
        assertThat(p.stakingPointsPerDay()).isEqualTo(d("225000"));
        assertThat(p.totalPointsPerDay()).isEqualTo(d("1585000"));
        assertThat(p.totalPointsPerDay().subtract(p.basePointsPerDay())).isEqualTo(d("585000"));
    }

    @Test
    void scenario4After540MoreDaysTheMultiplierIsCappedAt270Percent() {
        PointsPosition p = fold(scenario3()).positionAt(ALICE, day(630)).orElseThrow();
        assertThat(p.stakingMultiplier()).isEqualTo(d("2.7"));
        assertThat(p.totalBoost()).isEqualTo(d("3.0"));
        assertThat(p.boostedPointsPerDay()).isEqualTo(d("1800000"));
        assertThat(p.stakingPointsPerDay()).isEqualTo(d("225000"));
        assertThat(p.totalPointsPerDay()).isEqualTo(d("3025000"));
        // + 600,000 × (0.6·480 + 0.005·480²/2 + 3.0·60) boosted + 225,000 × 540 staking
        assertThat(p.pointsAccrued()).isEqualTo(d("777600000"));
    }

    @Test
    void scenario5UnstakingKeepsTheMultiplier() {
        PointsPosition p = fold(scenario5()).positionAt(ALICE, day(630)).orElseThrow();
        assertThat(p.staked()).isEqualTo(d("100000"));
        assertThat(p.totalBoost()).isEqualTo(d("3.0"));
        assertThat(p.boostedPointsPerDay()).isEqualTo(d("600000"));
        assertThat(p.stakingPointsPerDay()).isEqualTo(d("75000"));
        assertThat(p.totalPointsPerDay()).isEqualTo(d("1675000"));
    }

    @Test
    void scenario6OnlyTheBasePointsEarnedCanBeBoosted() {
        PointsPosition p = fold(scenario6()).positionAt(ALICE, day(630)).orElseThrow();
        assertThat(p.basePointsPerDay()).isEqualTo(d("100000"));
        assertThat(p.boostedPointsPerDay()).isEqualTo(d("300000"));
        assertThat(p.stakingPointsPerDay()).isEqualTo(d("75000"));
        assertThat(p.totalPointsPerDay()).isEqualTo(d("475000"));
    }

    @Test
    void scenario6KeepsAccruingAtItsNewRate() {
        PointsPosition p = fold(scenario6()).positionAt(ALICE, day(640)).orElseThrow();
        assertThat(p.pointsAccrued()).isEqualTo(d("777600000").add(d("3750000")));
    }

    @Test
    void theCommandsOfTheSixScenariosProduceTheScenarioEvents() {
        List<Object> events = PointsBoostExamples.eventsOf(new CreatePointsBoostPool(POOL, DEFAULTS, LAUNCH, null),
                    new SetPrice(POOL, new BigDecimal("0.2"), LAUNCH, null),
                    new SetBasePoints(POOL, ALICE, new BigDecimal("1000000"), LAUNCH, null),
                    new Stake(POOL, ALICE, new BigDecimal("200000"), LAUNCH, null),
                    new SetPrice(POOL, new BigDecimal("0.25"), day(90), null),
                    new Stake(POOL, ALICE, new BigDecimal("100000"), day(90), null),
                    new Unstake(POOL, ALICE, new BigDecimal("200000"), day(630), null),
                    new SetBasePoints(POOL, ALICE, new BigDecimal("100000"), day(630), null));
        assertThat(events).containsExactlyElementsOf(scenario6());
    }
}
