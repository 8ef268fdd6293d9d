package io.stakingledger.core.governancemining;

import io.stakingledger.core.common.ProgramHarness;
import io.stakingledger.core.common.CommandRejected;
import io.stakingledger.core.common.Decimals;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static io.stakingledger.core.governancemining.GovernanceMiningFixtures.ALICE;
import static io.stakingledger.core.governancemining.GovernanceMiningFixtures.assertRejected;
import static io.stakingledger.core.governancemining.GovernanceMiningFixtures.replayed;
import static io.stakingledger.core.governancemining.GovernanceMiningFixtures.BOB;
import static io.stakingledger.core.governancemining.GovernanceMiningFixtures.DEFAULTS;
import static io.stakingledger.core.governancemining.GovernanceMiningFixtures.POOL;
import static io.stakingledger.core.governancemining.GovernanceMiningFixtures.T0;
import static io.stakingledger.core.governancemining.GovernanceMiningFixtures.days;
import static io.stakingledger.core.governancemining.GovernanceMiningFixtures.firstInclusion;
import static io.stakingledger.core.governancemining.GovernanceMiningFixtures.hours;
import static io.stakingledger.core.governancemining.GovernanceMiningFixtures.kdx;
import static io.stakingledger.core.governancemining.GovernanceMiningFixtures.perToken;
import static io.stakingledger.core.governancemining.GovernanceMiningFixtures.poolCreated;
import static io.stakingledger.core.governancemining.GovernanceMiningFixtures.poolWithStaker;
import static io.stakingledger.core.governancemining.GovernanceMiningFixtures.requested;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** CreatePool, RequestStake and IncludePending. */
class StakeInclusionTest {

    private FixtureConfiguration<GovernanceMiningPool> fixture;

    @BeforeEach
    void setUp() {
        fixture = ProgramHarness.fixture(GovernanceMiningPool.class);
    }

    @Test
    void creatingAPoolRecordsItsParameters() {
        fixture.givenNoPriorActivity()
                .when(new CreateGovernanceMiningPool(POOL, DEFAULTS, T0, "create"))
                .expectEvents(poolCreated());
    }

    @Test
    void creatingAPoolWithoutParametersIsRejected() {
        assertThatThrownBy(() -> new GovernanceMiningPool(new CreateGovernanceMiningPool(POOL, null, T0, "create")))
                .isInstanceOf(CommandRejected.class)
                .hasMessage("parameters are required");
    }

    @Test
    void aStakeRequestQueuesTheAmountAsPending() {
        fixture.given(poolCreated())
                .when(new RequestStake(POOL, ALICE, new BigDecimal("100"), hours(1), null))
                .expectEvents(requested(ALICE, "100", hours(1)))
                .expectState(pool -> {
                    GovernanceMiningAccount alice = pool.state().findAccount(ALICE).orElseThrow();
                    assertThat(alice.pendingAdd()).isEqualTo(kdx("100"));
                    assertThat(alice.staked()).isEqualTo(kdx("0"));
                    assertThat(pool.state().staked()).isEqualTo(kdx("0"));
                });
    }

    @Test
    void aNonPositiveStakeRequestIsRejected() {
        assertRejected(replayed(poolCreated()),
                pool -> pool.handle(new RequestStake(POOL, ALICE, BigDecimal.ZERO, hours(1), null)),
                "amount must be positive, got 0");
    }

    @Test
    void aStakeRequestFinerThanThePoolPrecisionIsRejected() {
        assertRejected(replayed(poolCreated()),
                pool -> pool.handle(new RequestStake(POOL, ALICE, new BigDecimal("1.0000000000001"), hours(1), null)),
                "amount 1.0000000000001 has more than 12 decimal places, the precision of the pool's token");
    }

    @Test
    void aStakeRequestWithoutAnAccountIsRejected() {
        assertRejected(replayed(poolCreated()),
                pool -> pool.handle(new RequestStake(POOL, " ", new BigDecimal("1"), hours(1), null)),
                "account is required");
    }

    @Test
    void inclusionMovesEveryPendingStakeInOneEventPerAccountInRequestOrder() {
        fixture.given(poolCreated(), requested(BOB, "50", hours(1)), requested(ALICE, "100", hours(2)),
                        requested(BOB, "25", hours(3)))
                .when(new IncludePending(POOL, hours(4), null))
                .expectEvents(firstInclusion(BOB, "75", RevenuePerToken.ZERO, hours(4)),
                        firstInclusion(ALICE, "100", RevenuePerToken.ZERO, hours(4)))
                .expectState(pool -> {
                    assertThat(pool.state().staked()).isEqualTo(kdx("175"));
                    assertThat(pool.state().pendingTotal()).isEqualTo(kdx("0"));
                    assertThat(pool.state().pendingAccounts()).isEmpty();
                });
    }

    @Test
    void aNewStakerStartsTheCurveAndTheUnstakeWindowAtItsInclusion() {
        fixture.given(poolCreated(), requested(ALICE, "100", hours(1)))
                .when(new IncludePending(POOL, hours(5), null))
                .expectState(pool -> {
                    GovernanceMiningAccount alice = pool.state().findAccount(ALICE).orElseThrow();
                    assertThat(alice.effectiveStart()).isEqualTo(hours(5));
                    assertThat(alice.lastStake()).isEqualTo(hours(5));
                    assertThat(alice.firstInclusion()).isEqualTo(hours(5));
                });
    }

    @Test
    void includingMoreStakeSettlesTheOldStakesRewardAndMovesTheStartBackAlongTheCurve() {
        fixture.given(poolWithStaker(ALICE, "100", T0))
                .andGiven(new FeesSwept(POOL, kdx("10"), kdx("100"), perToken("0.1"), perToken("0.1"), days(15)),
                        requested(ALICE, "100", days(15)))
                .when(new IncludePending(POOL, days(15), null))
                .expectEvents(new PendingStakeIncluded(POOL, ALICE, kdx("100"), kdx("10"), kdx("200"), perToken("0.1"),
                        days(7.5), days(15)))
                .expectState(pool -> {
                    GovernanceMiningAccount alice = pool.state().findAccount(ALICE).orElseThrow();
                    assertThat(alice.rewardAccrued()).isEqualTo(kdx("10"));
                    assertThat(alice.revenuePerTokenStart()).isEqualTo(perToken("0.1"));
                    assertThat(alice.lastStake()).isEqualTo(days(15));
                    assertThat(alice.firstInclusion()).isEqualTo(T0);
                });
    }

    @Test
    void aPendingStakeSharesNoFeesSweptBeforeItsInclusion() {
        fixture.given(poolWithStaker(ALICE, "100", T0))
                .andGiven(requested(BOB, "900", hours(1)))
                .when(new SweepFees(POOL, new BigDecimal("10"), hours(2), null))
                .expectEvents(new FeesSwept(POOL, kdx("10"), kdx("100"), perToken("0.1"), perToken("0.1"), hours(2)));
    }

    @Test
    void aStakeIncludedAfterASweepEarnsNothingFromIt() {
        fixture.given(poolWithStaker(ALICE, "100", T0))
                .andGiven(requested(BOB, "900", hours(1)),
                        new FeesSwept(POOL, kdx("10"), kdx("100"), perToken("0.1"), perToken("0.1"), hours(2)))
                .when(new IncludePending(POOL, hours(2), null))
                .expectEvents(firstInclusion(BOB, "900", perToken("0.1"), hours(2)))
                .expectState(pool -> assertThat(ClaimQuote.of(pool.state(),
                        pool.state().findAccount(BOB).orElseThrow(), days(30)).reward()).isEqualTo(Decimals.ZERO));
    }

    @Test
    void inclusionWithNothingPendingIsRejected() {
        assertRejected(replayed(poolWithStaker(ALICE, "100", T0)),
                pool -> pool.handle(new IncludePending(POOL, hours(1), null)),
                "no stake is pending in pool gm-1; nothing to include");
    }
}
