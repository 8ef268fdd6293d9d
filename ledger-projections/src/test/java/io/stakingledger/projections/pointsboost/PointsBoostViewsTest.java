package io.stakingledger.projections.pointsboost;

import io.stakingledger.core.common.CommandRejected;
import io.stakingledger.core.pointsboost.BasePointsSet;
import io.stakingledger.core.pointsboost.PointsBoostParameters;
import io.stakingledger.core.pointsboost.PointsBoostPoolCreated;
import io.stakingledger.core.pointsboost.PointsBoostPoolCreated.StoredParameters;
import io.stakingledger.core.pointsboost.PointsBoostState;
import io.stakingledger.core.pointsboost.PriceSet;
import io.stakingledger.core.pointsboost.Staked;
import io.stakingledger.core.pointsboost.Unstaked;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Position and pool views of seed 002's scenarios (docs/domain/points-boost.md), from the state fold. */
class PointsBoostViewsTest {

    private static final String POOL = "kmno";
    private static final Instant LAUNCH = Instant.parse("2024-04-30T12:00:00Z");

    private static BigDecimal d(String value) {
        return new BigDecimal(value).setScale(18);
    }

    private static Instant day(long n) {
        return LAUNCH.plus(Duration.ofDays(n));
    }

    /** The events of scenarios 1 to 5 (alice), plus bob who only has base points. */
    private static PointsBoostState afterScenario5() {
        PointsBoostState state = new PointsBoostState();
        List.of(new PointsBoostPoolCreated(POOL, StoredParameters.from(PointsBoostParameters.defaults()), LAUNCH),
                new PriceSet(POOL, d("0.2"), LAUNCH),
                new BasePointsSet(POOL, "alice", d("1000000"), d("0"), LAUNCH),
                new Staked(POOL, "alice", d("200000"), d("200000"), d("0"), d("0"), d("0"), LAUNCH),
                new BasePointsSet(POOL, "bob", d("7000"), d("0"), day(1)),
                new PriceSet(POOL, d("0.25"), day(90)),
                new Staked(POOL, "alice", d("100000"), d("300000"), d("0.45"), d("0.3"), d("29700000"), day(90)),
                new Unstaked(POOL, "alice", d("200000"), d("100000"), d("2.7"), d("777600000"), day(630)))
                .forEach(state::evolve);
        return state;
    }

    @Test
    void positionShowsScenario5() {
        PositionView view = PointsBoostViews.position(afterScenario5(), "alice", day(630));
        assertThat(view).isEqualTo(new PositionView(POOL, "alice", day(630), LAUNCH, d("100000"), d("2.7"), d("3.0"),
                d("1000000"), d("600000"), d("75000"), d("1675000"), d("777600000")));
    }

    @Test
    void positionWithoutAnInstantIsEvaluatedAtTheLastEvent() {
        assertThat(PointsBoostViews.position(afterScenario5(), "alice", null).at()).isEqualTo(day(630));
    }

    @Test
    void positionLaterKeepsAccruing() {
        // 10 days at 600,000 boosted + 75,000 staking points per day
        PositionView view = PointsBoostViews.position(afterScenario5(), "alice", day(640));
        assertThat(view.pointsAccrued()).isEqualTo(d("784350000"));
    }

    @Test
    void anAccountWithOnlyBasePointsShowsThemUnboosted() {
        PositionView bob = PointsBoostViews.position(afterScenario5(), "bob", day(700));
        assertThat(bob.basePointsPerDay()).isEqualTo(d("7000"));
        assertThat(bob.boostedPointsPerDay()).isEqualTo(d("0"));
        assertThat(bob.totalPointsPerDay()).isEqualTo(d("7000"));
        assertThat(bob.pointsAccrued()).isEqualTo(d("0"));
    }

    @Test
    void anUnknownAccountIsNotFound() {
        assertThat(PointsBoostViews.findPosition(afterScenario5(), "carol", day(700))).isEmpty();
        assertThatThrownBy(() -> PointsBoostViews.position(afterScenario5(), "carol", day(700)))
                .isInstanceOf(CommandRejected.class)
                .hasMessage("account carol has no position in pool kmno (it has never staked nor had base points set)")
                .satisfies(e -> assertThat(((CommandRejected) e).reason()).isEqualTo(CommandRejected.Reason.NOT_FOUND));
    }

    @Test
    void aViewBeforeThePoolsLastEventIsRejected() {
        assertThatThrownBy(() -> PointsBoostViews.position(afterScenario5(), "alice", day(629)))
                .isInstanceOf(CommandRejected.class)
                .hasMessageContaining("ask with asOf=" + day(629))
                .satisfies(e -> assertThat(((CommandRejected) e).reason()).isEqualTo(CommandRejected.Reason.INVALID_INPUT));
    }

    @Test
    void aPoolThatWasNeverCreatedIsNotFound() {
        assertThatThrownBy(() -> PointsBoostViews.pool(new PointsBoostState(), null))
                .isInstanceOf(CommandRejected.class)
                .satisfies(e -> assertThat(((CommandRejected) e).reason()).isEqualTo(CommandRejected.Reason.NOT_FOUND));
    }

    @Test
    void poolShowsItsRunningTotals() {
        PoolView view = PointsBoostViews.pool(afterScenario5(), day(700));
        assertThat(view).isEqualTo(new PoolView(POOL, day(700), LAUNCH, day(630), d("0.25"), d("100000"),
                d("1007000"), d("75000"), 1, 2, d("0.3"), d("0.005"), d("2.7"), d("2"), d("3")));
    }
}
