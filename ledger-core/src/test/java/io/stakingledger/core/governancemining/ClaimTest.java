package io.stakingledger.core.governancemining;

import io.stakingledger.core.common.ProgramHarness;
import io.stakingledger.core.common.Decimals;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;

import static io.stakingledger.core.governancemining.GovernanceMiningFixtures.ALICE;
import static io.stakingledger.core.governancemining.GovernanceMiningFixtures.BOB;
import static io.stakingledger.core.governancemining.GovernanceMiningFixtures.POOL;
import static io.stakingledger.core.governancemining.GovernanceMiningFixtures.T0;
import static io.stakingledger.core.governancemining.GovernanceMiningFixtures.assertRejected;
import static io.stakingledger.core.governancemining.GovernanceMiningFixtures.days;
import static io.stakingledger.core.governancemining.GovernanceMiningFixtures.kdx;
import static io.stakingledger.core.governancemining.GovernanceMiningFixtures.perToken;
import static io.stakingledger.core.governancemining.GovernanceMiningFixtures.poolWithStaker;
import static io.stakingledger.core.governancemining.GovernanceMiningFixtures.replayed;
import static io.stakingledger.core.governancemining.GovernanceMiningFixtures.requested;
import static org.assertj.core.api.Assertions.assertThat;

/** Claim: the cooldown, the maturation penalty and its burn. Alice stakes 100 at T0; 10 KDX are swept on day 1. */
class ClaimTest {

    private static final FeesSwept TEN_SWEPT = new FeesSwept(POOL, kdx("10"), kdx("100"), perToken("0.1"), perToken("0.1"), days(1));
    private static final RewardClaimed CLAIMED_ON_DAY_60 = new RewardClaimed(POOL, ALICE, kdx("10"), kdx("10"),
            BigDecimal.ZERO, kdx("0"), kdx("10"), perToken("0.1"), days(60));

    private FixtureConfiguration<GovernanceMiningPool> fixture;

    @BeforeEach
    void setUp() {
        fixture = ProgramHarness.fixture(GovernanceMiningPool.class);
    }

    private static Claim claim(String account, Instant at) {
        return new Claim(POOL, account, at, null);
    }

    @Test
    void theFirstClaimIsAllowedSevenDaysAfterTheFirstInclusionAndBurnsThePenaltyOfTheCurve() {
        // s = 7 days: rate (53/60)^0.66; the penalty 9.2138735696592683... keeps 12 digits.
        fixture.given(poolWithStaker(ALICE, "100", T0))
                .andGiven(TEN_SWEPT)
                .when(claim(ALICE, days(7)))
                .expectEvents(new RewardClaimed(POOL, ALICE, kdx("10"), kdx("10"),
                        new BigDecimal("0.9213873569659268318300318747057582"), kdx("9.213873569659"),
                        kdx("0.786126430341"), perToken("0.1"), days(7)))
                .expectState(pool -> {
                    assertThat(pool.state().rewardsBurned()).isEqualTo(kdx("9.213873569659"));
                    assertThat(pool.state().rewardsPaid()).isEqualTo(kdx("0.786126430341"));
                    assertThat(pool.state().burns()).containsExactly(
                            new Burn(ALICE, BurnKind.CLAIM_PENALTY, kdx("9.213873569659"), days(7)));
                });
    }

    @Test
    void theFirstClaimInsideTheCooldownFromTheFirstInclusionIsRejected() {
        assertRejected(replayed(poolWithStaker(ALICE, "100", T0), TEN_SWEPT),
                pool -> pool.handle(claim(ALICE, days(7).minusNanos(1))),
                "account alice can claim once every 7 days (counted from its first inclusion at "
                        + "2024-01-01T00:00:00Z); its next claim is possible at 2024-01-08T00:00:00Z");
    }

    @Test
    void aClaimAfterMaturationPaysTheWholeReward() {
        fixture.given(poolWithStaker(ALICE, "100", T0))
                .andGiven(TEN_SWEPT)
                .when(claim(ALICE, days(60)))
                .expectEvents(CLAIMED_ON_DAY_60)
                .expectState(pool -> {
                    GovernanceMiningAccount alice = pool.state().findAccount(ALICE).orElseThrow();
                    assertThat(alice.rewardAccrued()).isEqualTo(kdx("0"));
                    assertThat(alice.lastClaim()).isEqualTo(days(60));
                    assertThat(pool.state().burns()).isEmpty();
                    assertThat(pool.state().rewardsOwed()).isEqualByComparingTo("0");
                });
    }

    @Test
    void aSecondClaimInsideSevenDaysOfTheFirstIsRejected() {
        assertRejected(replayed(poolWithStaker(ALICE, "100", T0), TEN_SWEPT, CLAIMED_ON_DAY_60,
                        new FeesSwept(POOL, kdx("10"), kdx("100"), perToken("0.1"), perToken("0.2"), days(61))),
                pool -> pool.handle(claim(ALICE, days(66))),
                "account alice can claim once every 7 days (counted from its last claim at "
                        + "2024-03-01T00:00:00Z); its next claim is possible at 2024-03-08T00:00:00Z");
    }

    @Test
    void aSecondClaimSevenDaysAfterTheFirstTakesOnlyTheNewReward() {
        fixture.given(poolWithStaker(ALICE, "100", T0))
                .andGiven(TEN_SWEPT, CLAIMED_ON_DAY_60,
                        new FeesSwept(POOL, kdx("5"), kdx("100"), perToken("0.05"), perToken("0.15"), days(61)))
                .when(claim(ALICE, days(67)))
                .expectEvents(new RewardClaimed(POOL, ALICE, kdx("5"), kdx("5"), BigDecimal.ZERO, kdx("0"), kdx("5"),
                        perToken("0.15"), days(67)));
    }

    @Test
    void anAccountThatUnstakedEverythingClaimsOnTheCurveFromItsUnstake() {
        // The unstake on day 10 reset the effective start: on day 40, s = 30 days, rate 0.5^0.66.
        fixture.given(poolWithStaker(ALICE, "100", T0))
                .andGiven(TEN_SWEPT, new Unstaked(POOL, ALICE, kdx("100"), kdx("0"), kdx("100"), kdx("10"), kdx("0"),
                        perToken("0.1"), days(10)))
                .when(claim(ALICE, days(40)))
                .expectEvents(new RewardClaimed(POOL, ALICE, Decimals.ZERO, kdx("10"),
                        new BigDecimal("0.6328782969851399783354142018982132"), kdx("6.328782969851"),
                        kdx("3.671217030149"), perToken("0.1"), days(40)));
    }

    @Test
    void claimingWithNoRewardIsRejected() {
        assertRejected(replayed(poolWithStaker(ALICE, "100", T0)),
                pool -> pool.handle(claim(ALICE, days(8))),
                "account alice has no reward to claim yet (no fees were shared over its stake since its last claim)");
    }

    @Test
    void claimingBeforeTheFirstInclusionIsRejected() {
        assertRejected(replayed(poolWithStaker(ALICE, "100", T0), requested(BOB, "100", days(1))),
                pool -> pool.handle(claim(BOB, days(9))),
                "account bob has not been included in pool gm-1 yet (pending 100 KDX), so it has no reward to claim");
    }

    @Test
    void claimingByAnUnknownAccountIsRejected() {
        assertRejected(replayed(poolWithStaker(ALICE, "100", T0)),
                pool -> pool.handle(claim(BOB, days(9))),
                "account bob has never staked in pool gm-1");
    }
}
