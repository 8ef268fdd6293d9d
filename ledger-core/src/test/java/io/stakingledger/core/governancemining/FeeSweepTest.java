package io.stakingledger.core.governancemining;

import io.stakingledger.core.common.ProgramHarness;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static io.stakingledger.core.governancemining.GovernanceMiningFixtures.ALICE;
import static io.stakingledger.core.governancemining.GovernanceMiningFixtures.assertRejected;
import static io.stakingledger.core.governancemining.GovernanceMiningFixtures.replayed;
import static io.stakingledger.core.governancemining.GovernanceMiningFixtures.BOB;
import static io.stakingledger.core.governancemining.GovernanceMiningFixtures.POOL;
import static io.stakingledger.core.governancemining.GovernanceMiningFixtures.T0;
import static io.stakingledger.core.governancemining.GovernanceMiningFixtures.firstInclusion;
import static io.stakingledger.core.governancemining.GovernanceMiningFixtures.hours;
import static io.stakingledger.core.governancemining.GovernanceMiningFixtures.kdx;
import static io.stakingledger.core.governancemining.GovernanceMiningFixtures.perToken;
import static io.stakingledger.core.governancemining.GovernanceMiningFixtures.poolCreated;
import static io.stakingledger.core.governancemining.GovernanceMiningFixtures.poolWithStaker;
import static io.stakingledger.core.governancemining.GovernanceMiningFixtures.requested;
import static org.assertj.core.api.Assertions.assertThat;

/** SweepFees and the revenue-per-token accumulator. */
class FeeSweepTest {

    private FixtureConfiguration<GovernanceMiningPool> fixture;

    @BeforeEach
    void setUp() {
        fixture = ProgramHarness.fixture(GovernanceMiningPool.class);
    }

    @Test
    void aSweepRaisesRevenuePerTokenByTheFeesPerStakedToken() {
        fixture.given(poolCreated(), requested(ALICE, "100", T0), requested(BOB, "300", T0),
                        firstInclusion(ALICE, "100", RevenuePerToken.ZERO, T0),
                        firstInclusion(BOB, "300", RevenuePerToken.ZERO, T0))
                .when(new SweepFees(POOL, new BigDecimal("20"), hours(1), null))
                .expectEvents(new FeesSwept(POOL, kdx("20"), kdx("400"), perToken("0.05"), perToken("0.05"), hours(1)))
                .expectState(pool -> {
                    assertThat(pool.state().feesSwept()).isEqualTo(kdx("20"));
                    assertThat(pool.state().rewardsOwed()).isEqualByComparingTo("20");
                    assertThat(pool.state().undistributed()).isEqualByComparingTo("0");
                });
    }

    @Test
    void feesSweptWithNothingStakedWaitForTheNextSweep() {
        fixture.given(poolCreated())
                .when(new SweepFees(POOL, new BigDecimal("5"), hours(1), null))
                .expectEvents(new FeesSwept(POOL, kdx("5"), kdx("0"), RevenuePerToken.ZERO, RevenuePerToken.ZERO, hours(1)))
                .expectState(pool -> assertThat(pool.state().undistributed()).isEqualByComparingTo("5"));
    }

    @Test
    void feesThatWaitedAreSharedByTheNextSweepOverStakes() {
        fixture.given(poolCreated(), new FeesSwept(POOL, kdx("5"), kdx("0"), RevenuePerToken.ZERO, RevenuePerToken.ZERO, hours(1)),
                        requested(ALICE, "100", hours(2)), firstInclusion(ALICE, "100", RevenuePerToken.ZERO, hours(2)))
                .when(new SweepFees(POOL, new BigDecimal("1"), hours(3), null))
                .expectEvents(new FeesSwept(POOL, kdx("1"), kdx("100"), perToken("0.06"), perToken("0.06"), hours(3)))
                .expectState(pool -> assertThat(pool.state().undistributed()).isEqualByComparingTo("0"));
    }

    @Test
    void whatTheAccumulatorsRoundingHoldsBackStaysUndistributed() {
        fixture.given(poolWithStaker(ALICE, "3", T0))
                .when(new SweepFees(POOL, new BigDecimal("1"), hours(1), null))
                .expectEvents(new FeesSwept(POOL, kdx("1"), kdx("3"), perToken("0.333333333333333333333333333333333333"),
                        perToken("0.333333333333333333333333333333333333"), hours(1)))
                .expectState(pool -> assertThat(pool.state().undistributed()).isEqualByComparingTo("1E-36"));
    }

    @Test
    void aSweepCostsTheSameHoweverManyAccountsStake() {
        // The event has no per-account part: one rise of the accumulator covers every staker.
        fixture.given(poolCreated(), requested(ALICE, "1", T0), requested(BOB, "1", T0),
                        firstInclusion(ALICE, "1", RevenuePerToken.ZERO, T0), firstInclusion(BOB, "1", RevenuePerToken.ZERO, T0))
                .when(new SweepFees(POOL, new BigDecimal("2"), hours(1), null))
                .expectEvents(new FeesSwept(POOL, kdx("2"), kdx("2"), perToken("1"), perToken("1"), hours(1)));
    }

    @Test
    void aNonPositiveSweepIsRejected() {
        assertRejected(replayed(poolWithStaker(ALICE, "100", T0)),
                pool -> pool.handle(new SweepFees(POOL, new BigDecimal("-1"), hours(1), null)),
                "amount must be positive, got -1");
    }

    @Test
    void aSweepFinerThanThePoolPrecisionIsRejected() {
        assertRejected(replayed(poolWithStaker(ALICE, "100", T0)),
                pool -> pool.handle(new SweepFees(POOL, new BigDecimal("0.0000000000009"), hours(1), null)),
                "amount 0.0000000000009 has more than 12 decimal places, the precision of the pool's token");
    }
}
