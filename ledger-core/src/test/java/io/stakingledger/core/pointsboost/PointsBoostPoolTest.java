package io.stakingledger.core.pointsboost;

import io.stakingledger.core.common.ProgramHarness;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

import java.math.BigDecimal;

import static io.stakingledger.core.pointsboost.PointsBoostExamples.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Given/when/expect for every command of the points-boost pool through Axon's aggregate fixture.
 *
 * <p>The fixture needs Hamcrest at run time (even {@code when} builds Hamcrest descriptions), and Hamcrest
 * is an optional dependency of axon-test that ledger-core's pom does not add yet; until it does, these
 * tests are skipped (run them with {@code -Dmaven.test.additionalClasspath=<hamcrest jar>}). Rejections,
 * whose fixture assertions would not even compile without Hamcrest, and the idempotent repeat are checked
 * in {@link PointsBoostRejectionsTest}, which always runs.
 */
@EnabledIf("hamcrestOnClasspath")
class PointsBoostPoolTest {

    static boolean hamcrestOnClasspath() {
        try {
            Class.forName("org.hamcrest.Description");
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    private FixtureConfiguration<PointsBoostPool> fixture;

    @BeforeEach
    void setUp() {
        fixture = ProgramHarness.fixture(PointsBoostPool.class);
    }

    @Test
    void createPoolRecordsItsParameters() {
        fixture.givenNoPriorActivity()
                .when(new CreatePointsBoostPool(POOL, DEFAULTS, LAUNCH, "c1"))
                .expectEvents(poolCreated());
    }

    @Test
    void firstStakeStartsTheMultiplierAtZeroAndAccruesNothingYet() {
        fixture.given(poolCreated(), priceSet("0.2", LAUNCH),
                        new BasePointsSet(POOL, ALICE, d("1000000"), d("0"), LAUNCH))
                .when(new Stake(POOL, ALICE, new BigDecimal("200000"), LAUNCH, "s1"))
                .expectEvents(new Staked(POOL, ALICE, d("200000"), d("200000"), d("0"), d("0"), d("0"), LAUNCH));
    }

    @Test
    void addedStakeDilutesTheMultiplierAndSettlesThePointsSoFar() {
        fixture.given(scenario1()).andGiven(priceSet("0.25", day(90)))
                .when(new Stake(POOL, ALICE, new BigDecimal("100000"), day(90), "s2"))
                .expectEvents(new Staked(POOL, ALICE, d("100000"), d("300000"), d("0.45"), d("0.3"), d("29700000"), day(90)));
    }

    @Test
    void unstakeKeepsTheMultiplierAndSettlesThePointsSoFar() {
        fixture.given(scenario3())
                .when(new Unstake(POOL, ALICE, new BigDecimal("200000"), day(630), "u1"))
                .expectEvents(new Unstaked(POOL, ALICE, d("200000"), d("100000"), d("2.7"), d("777600000"), day(630)));
    }

    @Test
    void setBasePointsSettlesUnderThePreviousBase() {
        fixture.given(scenario5())
                .when(new SetBasePoints(POOL, ALICE, new BigDecimal("100000"), day(630), "b2"))
                .expectEvents(new BasePointsSet(POOL, ALICE, d("100000"), d("777600000"), day(630)));
    }

    @Test
    void setBasePointsIsAllowedForAnAccountThatNeverStaked() {
        fixture.given(poolCreated())
                .when(new SetBasePoints(POOL, BOB, new BigDecimal("5000"), day(1), "b1"))
                .expectEvents(new BasePointsSet(POOL, BOB, d("5000"), d("0"), day(1)))
                .expectState(pool -> {
                    PointsPosition bob = pool.state().positionAt(BOB, day(30)).orElseThrow();
                    assertThat(bob.basePointsPerDay()).isEqualTo(d("5000"));
                    assertThat(bob.boostedPointsPerDay()).isEqualTo(d("0"));
                    assertThat(bob.totalPointsPerDay()).isEqualTo(d("5000"));
                    assertThat(bob.pointsAccrued()).isEqualTo(d("0"));
                });
    }

    @Test
    void setPriceIsPoolWideAndTouchesNoAccount() {
        fixture.given(scenario1())
                .when(new SetPrice(POOL, new BigDecimal("0.25"), day(90), "p2"))
                .expectEvents(priceSet("0.25", day(90)))
                .expectState(pool -> assertThat(pool.state().findAccount(ALICE).orElseThrow().settledAt()).isEqualTo(LAUNCH));
    }

    @Test
    void restakeAfterUnstakingEverythingStartsTheMultiplierAgainFromZero() {
        fixture.given(scenario1())
                .andGiven(new Unstaked(POOL, ALICE, d("200000"), d("0"), d("0.05"), d("2650000"), day(10)))
                .when(new Stake(POOL, ALICE, new BigDecimal("50000"), day(20), "s2"))
                // Nothing staked from day 10 to 20: nothing accrues and the multiplier stays frozen at 0.05.
                .expectEvents(new Staked(POOL, ALICE, d("50000"), d("50000"), d("0.05"), d("0"), d("2650000"), day(20)));
    }

    @Test
    void theSixScenariosOfSeed002ReadBackFromThePool() {
        fixture.given(scenario5())
                .when(new SetBasePoints(POOL, ALICE, new BigDecimal("100000"), day(630), "b2"))
                .expectState(pool -> {
                    PointsPosition after = pool.state().positionAt(ALICE, day(630)).orElseThrow();
                    assertThat(after.boostedPointsPerDay()).isEqualTo(d("300000"));
                    assertThat(after.stakingPointsPerDay()).isEqualTo(d("75000"));
                    assertThat(after.totalPointsPerDay()).isEqualTo(d("475000"));
                });
    }
}
