package io.stakingledger.core.pointsboost;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static io.stakingledger.core.pointsboost.PointsBoostExamples.*;
import static org.assertj.core.api.Assertions.assertThat;

/** Growth, cap, dilution and freezing of the staking multiplier (docs/domain/points-boost.md). */
class StakingMultiplierTest {

    private static PointsBoostAccount stakedAtLaunch(String amount) {
        return PointsBoostAccount.opened(ALICE, LAUNCH, java.math.BigDecimal.ZERO).withStake(d(amount));
    }

    private static java.math.BigDecimal multiplier(PointsBoostAccount account, Instant t) {
        return StakingMultiplier.atRoundingDown(DEFAULTS, account, t);
    }

    @Test
    void oneYearStakedGivesAMultiplierOf182Point5Percent() {
        assertThat(multiplier(stakedAtLaunch("1000"), day(365))).isEqualTo(d("1.825"));
    }

    @Test
    void growthIsProRataByTime() {
        assertThat(multiplier(stakedAtLaunch("1000"), LAUNCH.plusSeconds(12 * 3600))).isEqualTo(d("0.0025"));
    }

    @Test
    void aMultiplierThatIsNotAnExactDecimalIsRoundedDown() {
        // 0.005 / 86,400 per second = 0.000000057870370370370...
        assertThat(multiplier(stakedAtLaunch("1000"), LAUNCH.plusSeconds(1))).isEqualTo(d("0.000000057870370370"));
    }

    @Test
    void theCapOf270PercentIsReachedAfter540Days() {
        PointsBoostAccount account = stakedAtLaunch("1000");
        assertThat(multiplier(account, day(540).minusSeconds(1))).isLessThan(d("2.7"));
        assertThat(multiplier(account, day(540))).isEqualTo(d("2.7"));
        assertThat(multiplier(account, day(10_000))).isEqualTo(d("2.7"));
    }

    @Test
    void addedStakeDilutesInProportionToTheAddedShareOfTheNewBalance() {
        // Seed 002: 50% with 1,000 staked, 2,000 added: 50% × (1 − 2,000/3,000) = 16.67%
        PointsBoostAccount account = stakedAtLaunch("1000");
        assertThat(multiplier(account, day(100))).isEqualTo(d("0.5"));
        assertThat(StakingMultiplier.dilutedRoundingDown(DEFAULTS, account, d("3000"), day(100)))
                .isEqualTo(d("0.166666666666666666"));
    }

    @Test
    void aFirstStakeStartsFromZero() {
        PointsBoostAccount fresh = PointsBoostAccount.opened(ALICE, LAUNCH, java.math.BigDecimal.ZERO);
        assertThat(StakingMultiplier.dilutedRoundingDown(DEFAULTS, fresh, d("5"), day(3))).isEqualTo(d("0"));
    }

    @Test
    void unstakingLeavesTheMultiplierGrowingFromTheSameAnchor() {
        List<Object> history = new ArrayList<>(scenario1());
        history.add(new Unstaked(POOL, ALICE, d("150000"), d("50000"), d("0.25"), d("0"), day(50)));
        PointsBoostState state = fold(history);
        assertThat(state.positionAt(ALICE, day(50)).orElseThrow().stakingMultiplier()).isEqualTo(d("0.25"));
        assertThat(state.positionAt(ALICE, day(100)).orElseThrow().stakingMultiplier()).isEqualTo(d("0.5"));
    }

    @Test
    void theMultiplierIsFrozenWhileNothingIsStaked() {
        List<Object> history = new ArrayList<>(scenario1());
        history.add(new Unstaked(POOL, ALICE, d("200000"), d("0"), d("0.05"), d("2650000"), day(10)));
        PointsBoostState state = fold(history);
        PointsPosition later = state.positionAt(ALICE, day(400)).orElseThrow();
        assertThat(later.stakingMultiplier()).isEqualTo(d("0.05"));
        assertThat(later.boostedPointsPerDay()).isEqualTo(d("0"));
        assertThat(later.pointsAccrued()).isEqualTo(d("2650000"));
    }

    @Test
    void unstakingEverythingThenRestakingStartsAgainFromZero() {
        List<Object> events = PointsBoostExamples.eventsOf(new CreatePointsBoostPool(POOL, DEFAULTS, LAUNCH, null),
                    new Stake(POOL, ALICE, new java.math.BigDecimal("100"), LAUNCH, null),
                    new Unstake(POOL, ALICE, new java.math.BigDecimal("100"), day(40), null),
                    new Stake(POOL, ALICE, new java.math.BigDecimal("30"), day(60), null));
        assertThat(events.get(2)).isEqualTo(new Unstaked(POOL, ALICE, d("100"), d("0"), d("0.2"), d("0"), day(40)));
        assertThat(events.get(3)).isEqualTo(new Staked(POOL, ALICE, d("30"), d("30"), d("0.2"), d("0"), d("0"), day(60)));
        assertThat(multiplier(fold(events).findAccount(ALICE).orElseThrow(), day(70))).isEqualTo(d("0.05"));
    }
}
