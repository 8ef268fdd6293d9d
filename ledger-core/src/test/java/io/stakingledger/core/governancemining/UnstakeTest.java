package io.stakingledger.core.governancemining;

import io.stakingledger.core.common.ProgramHarness;
import io.stakingledger.core.common.Decimals;
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
import static io.stakingledger.core.governancemining.GovernanceMiningFixtures.days;
import static io.stakingledger.core.governancemining.GovernanceMiningFixtures.hours;
import static io.stakingledger.core.governancemining.GovernanceMiningFixtures.kdx;
import static io.stakingledger.core.governancemining.GovernanceMiningFixtures.perToken;
import static io.stakingledger.core.governancemining.GovernanceMiningFixtures.poolWithStaker;
import static io.stakingledger.core.governancemining.GovernanceMiningFixtures.requested;
import static org.assertj.core.api.Assertions.assertThat;

/** Unstake: the stake penalty window, its burn, the settlement and the effective start reset. */
class UnstakeTest {

    private FixtureConfiguration<GovernanceMiningPool> fixture;

    @BeforeEach
    void setUp() {
        fixture = ProgramHarness.fixture(GovernanceMiningPool.class);
    }

    private static Unstake unstake(String account, String amount, java.time.Instant at) {
        return new Unstake(POOL, account, new BigDecimal(amount), at, null);
    }

    @Test
    void unstakingInsideSeventyTwoHoursOfTheInclusionBurnsThreePercent() {
        fixture.given(poolWithStaker(ALICE, "100", T0))
                .when(unstake(ALICE, "40", hours(71)))
                .expectEvents(new Unstaked(POOL, ALICE, kdx("40"), kdx("1.2"), kdx("38.8"), Decimals.ZERO, kdx("60"),
                        RevenuePerToken.ZERO, hours(71)))
                .expectState(pool -> {
                    assertThat(pool.state().stakesBurned()).isEqualTo(kdx("1.2"));
                    assertThat(pool.state().stakesReturned()).isEqualTo(kdx("38.8"));
                    assertThat(pool.state().staked()).isEqualTo(kdx("60"));
                    assertThat(pool.state().burns()).containsExactly(
                            new Burn(ALICE, BurnKind.UNSTAKE_PENALTY, kdx("1.2"), hours(71)));
                });
    }

    @Test
    void unstakingSeventyTwoHoursAfterTheInclusionIsFree() {
        fixture.given(poolWithStaker(ALICE, "100", T0))
                .when(unstake(ALICE, "40", hours(72)))
                .expectEvents(new Unstaked(POOL, ALICE, kdx("40"), kdx("0"), kdx("40"), Decimals.ZERO, kdx("60"),
                        RevenuePerToken.ZERO, hours(72)))
                .expectState(pool -> assertThat(pool.state().burns()).isEmpty());
    }

    @Test
    void theWindowRunsFromTheLatestInclusion() {
        fixture.given(poolWithStaker(ALICE, "100", T0))
                .andGiven(requested(ALICE, "100", days(10)),
                        new PendingStakeIncluded(POOL, ALICE, kdx("100"), Decimals.ZERO, kdx("200"), RevenuePerToken.ZERO,
                                days(5), days(10)))
                .when(unstake(ALICE, "200", days(11)))
                .expectEvents(new Unstaked(POOL, ALICE, kdx("200"), kdx("6"), kdx("194"), Decimals.ZERO, kdx("0"),
                        RevenuePerToken.ZERO, days(11)));
    }

    @Test
    void theStakePenaltyIsRoundedDownAtThePoolPrecision() {
        // 3 % of 0.000000000033 is 0.00000000000099: below one unit of the 12-digit token, so nothing is burned.
        fixture.given(poolWithStaker(ALICE, "1", T0))
                .when(unstake(ALICE, "0.000000000033", hours(1)))
                .expectEvents(new Unstaked(POOL, ALICE, kdx("0.000000000033"), kdx("0"), kdx("0.000000000033"),
                        Decimals.ZERO, kdx("0.999999999967"), RevenuePerToken.ZERO, hours(1)));
    }

    @Test
    void unstakingSettlesTheRewardTheStakeEarnedSoFar() {
        fixture.given(poolWithStaker(ALICE, "100", T0))
                .andGiven(new FeesSwept(POOL, kdx("10"), kdx("100"), perToken("0.1"), perToken("0.1"), days(5)))
                .when(unstake(ALICE, "100", days(6)))
                .expectEvents(new Unstaked(POOL, ALICE, kdx("100"), kdx("0"), kdx("100"), kdx("10"), kdx("0"),
                        perToken("0.1"), days(6)))
                .expectState(pool -> {
                    assertThat(pool.state().findAccount(ALICE).orElseThrow().rewardAccrued()).isEqualTo(kdx("10"));
                    assertThat(pool.state().rewardsOwed()).isEqualByComparingTo("10");
                });
    }

    @Test
    void unstakingResetsTheEffectiveStartToNow() {
        fixture.given(poolWithStaker(ALICE, "100", T0))
                .when(unstake(ALICE, "1", days(30)))
                .expectState(pool -> assertThat(pool.state().findAccount(ALICE).orElseThrow().effectiveStart())
                        .isEqualTo(days(30)));
    }

    @Test
    void unstakingMoreThanTheStakeIsRejected() {
        assertRejected(replayed(poolWithStaker(ALICE, "100", T0)),
                pool -> pool.handle(unstake(ALICE, "150", days(5))),
                "unstaking 150 KDX exceeds the account's stake of 100 KDX");
    }

    @Test
    void unstakingAPendingAmountIsRejectedUntilItIsIncluded() {
        assertRejected(replayed(poolWithStaker(ALICE, "100", T0), requested(ALICE, "50", days(1))),
                pool -> pool.handle(unstake(ALICE, "120", days(5))),
                "unstaking 120 KDX exceeds the account's stake of 100 KDX; its pending 50 KDX "
                        + "is not staked yet and can be unstaked only after it is included");
    }

    @Test
    void unstakingByAnAccountWithOnlyAPendingStakeIsRejected() {
        assertRejected(replayed(poolWithStaker(ALICE, "100", T0), requested(BOB, "50", days(1))),
                pool -> pool.handle(unstake(BOB, "50", days(2))),
                "unstaking 50 KDX exceeds the account's stake of 0 KDX; its pending 50 KDX "
                        + "is not staked yet and can be unstaked only after it is included");
    }

    @Test
    void unstakingByAnUnknownAccountIsRejected() {
        assertRejected(replayed(poolWithStaker(ALICE, "100", T0)),
                pool -> pool.handle(unstake(BOB, "1", days(1))),
                "account bob has never staked in pool gm-1");
    }

    @Test
    void unstakingANonPositiveAmountIsRejected() {
        assertRejected(replayed(poolWithStaker(ALICE, "100", T0)),
                pool -> pool.handle(unstake(ALICE, "0", days(1))),
                "amount must be positive, got 0");
    }
}
