package io.stakingledger.projections.governancemining;

import io.stakingledger.core.common.CommandRejected;
import io.stakingledger.core.common.Decimals;
import io.stakingledger.core.governancemining.FeesSwept;
import io.stakingledger.core.governancemining.GovernanceMiningParameters;
import io.stakingledger.core.governancemining.GovernanceMiningPoolCreated;
import io.stakingledger.core.governancemining.GovernanceMiningDefinition;
import io.stakingledger.core.governancemining.GovernanceMiningState;
import io.stakingledger.core.governancemining.PendingStakeIncluded;
import io.stakingledger.core.governancemining.RewardClaimed;
import io.stakingledger.core.governancemining.StakeRequested;
import io.stakingledger.core.governancemining.Unstaked;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Alice stakes 100 and Bob 300 at T0; 20 KDX are swept on day 1 (0.05 per token); Bob unstakes 100 at
 * hour 30, inside the 72-hour window, and burns 3.
 */
class GovernanceMiningViewsTest {

    private static final String POOL = "gm-1";
    private static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");

    private static BigDecimal kdx(String value) {
        return Decimals.exact(new BigDecimal(value));
    }

    private static BigDecimal perToken(String value) {
        return new BigDecimal(value).setScale(36);
    }

    private static Instant hours(long hours) {
        return T0.plus(Duration.ofHours(hours));
    }

    private static Instant days(long days) {
        return T0.plus(Duration.ofDays(days));
    }

    private static List<Object> history() {
        List<Object> events = new ArrayList<>();
        events.add(new GovernanceMiningPoolCreated(POOL,
                GovernanceMiningPoolCreated.StoredParameters.from(GovernanceMiningParameters.defaults()), T0));
        events.add(new StakeRequested(POOL, "alice", kdx("100"), T0));
        events.add(new StakeRequested(POOL, "bob", kdx("300"), T0));
        events.add(new PendingStakeIncluded(POOL, "alice", kdx("100"), Decimals.ZERO, kdx("100"), perToken("0"), T0, T0));
        events.add(new PendingStakeIncluded(POOL, "bob", kdx("300"), Decimals.ZERO, kdx("300"), perToken("0"), T0, T0));
        events.add(new FeesSwept(POOL, kdx("20"), kdx("400"), perToken("0.05"), perToken("0.05"), days(1)));
        events.add(new Unstaked(POOL, "bob", kdx("100"), kdx("3"), kdx("97"), kdx("15"), kdx("200"), perToken("0.05"),
                hours(30)));
        return events;
    }

    private static GovernanceMiningState state() {
        return GovernanceMiningDefinition.INSTANCE.stateAt(history(), null);
    }

    @Test
    void thePoolViewShowsStakesAccumulatorAndBurnTotals() {
        PoolView pool = GovernanceMiningViews.pool(state(), null);
        assertThat(pool).isEqualTo(new PoolView(POOL, hours(30), kdx("300"), kdx("0"), perToken("0.05"), kdx("0"),
                kdx("3"), kdx("0"), kdx("20"), kdx("0"), kdx("20"), kdx("97")));
    }

    @Test
    void aPositionShowsWhatAClaimNowWouldBurnAndPay() {
        PositionView alice = GovernanceMiningViews.position(state(), "alice", days(15));
        // 5 × 0.75^0.66 = 4.1353325341103934..., rounded down at 12 digits.
        assertThat(alice.rewardAccrued()).isEqualTo(kdx("5"));
        assertThat(alice.claimPenaltyRate()).isEqualTo(new BigDecimal("0.8270665068220786854813622064913423"));
        assertThat(alice.claimPenalty()).isEqualTo(kdx("4.135332534110"));
        assertThat(alice.claimNet()).isEqualTo(kdx("0.864667465890"));
        assertThat(alice.canClaim()).isTrue();
        assertThat(alice.claimableFrom()).isEqualTo(days(7));
        assertThat(alice.effectiveStart()).isEqualTo(T0);
        assertThat(alice.lastStake()).isEqualTo(T0);
    }

    @Test
    void aPositionInsideTheCooldownCannotClaimAndSaysWhenItCan() {
        PositionView alice = GovernanceMiningViews.position(state(), "alice", hours(30));
        assertThat(alice.canClaim()).isFalse();
        assertThat(alice.claimableFrom()).isEqualTo(days(7));
    }

    @Test
    void aPositionInsideTheUnstakeWindowShowsTheThreePercentRate() {
        PositionView alice = GovernanceMiningViews.position(state(), "alice", hours(71));
        assertThat(alice.unstakePenaltyRate()).isEqualTo(kdx("0.03"));
        assertThat(alice.unstakePenaltyUntil()).isEqualTo(hours(72));
    }

    @Test
    void aPositionAfterTheUnstakeWindowShowsNoUnstakePenalty() {
        assertThat(GovernanceMiningViews.position(state(), "alice", hours(72)).unstakePenaltyRate()).isEqualTo(kdx("0"));
    }

    @Test
    void aPositionAfterMaturationShowsNoClaimPenalty() {
        PositionView alice = GovernanceMiningViews.position(state(), "alice", days(60));
        assertThat(alice.claimPenalty()).isEqualTo(kdx("0"));
        assertThat(alice.claimNet()).isEqualTo(kdx("5"));
    }

    @Test
    void anUnstakedAccountShowsItsSettledRewardAndItsBurn() {
        PositionView bob = GovernanceMiningViews.position(state(), "bob", hours(30));
        assertThat(bob.staked()).isEqualTo(kdx("200"));
        assertThat(bob.rewardAccrued()).isEqualTo(kdx("15"));
        assertThat(bob.effectiveStart()).isEqualTo(hours(30));
        assertThat(bob.stakeBurned()).isEqualTo(kdx("3"));
        assertThat(bob.claimPenaltyRate()).isEqualByComparingTo("1");
    }

    @Test
    void aPendingOnlyAccountShowsItsPendingAddAndCannotClaim() {
        List<Object> events = history();
        events.add(new StakeRequested(POOL, "carol", kdx("50"), hours(31)));
        PositionView carol = GovernanceMiningViews.position(GovernanceMiningDefinition.INSTANCE.stateAt(events, null), "carol", days(30));
        assertThat(carol.pendingAdd()).isEqualTo(kdx("50"));
        assertThat(carol.staked()).isEqualTo(kdx("0"));
        assertThat(carol.canClaim()).isFalse();
        assertThat(carol.claimableFrom()).isNull();
        assertThat(carol.unstakePenaltyRate()).isEqualTo(kdx("0"));
    }

    @Test
    void thePenaltiesHistoryListsEveryBurnOfBothKindsInOrder() {
        List<Object> events = history();
        events.add(new RewardClaimed(POOL, "alice", kdx("5"), kdx("5"), new BigDecimal("0.5"), kdx("2.5"), kdx("2.5"),
                perToken("0.05"), days(8)));
        assertThat(GovernanceMiningViews.penalties(GovernanceMiningDefinition.INSTANCE.stateAt(events, null))).containsExactly(
                new PenaltyView("bob", "UNSTAKE_PENALTY", kdx("3"), hours(30)),
                new PenaltyView("alice", "CLAIM_PENALTY", kdx("2.5"), days(8)));
    }

    @Test
    void thePoolViewsFeeFiguresAddUpToTheFeesSweptWhenASweepDoesNotDivideEvenly() {
        // 10 over 300 tokens: the accumulator keeps 36 digits of 1/30, so 10^-34 stays undistributed
        // and the owed rewards end in a run of nines below the 18th digit.
        BigDecimal rise = new BigDecimal("10").divide(new BigDecimal("300"), 36, java.math.RoundingMode.DOWN);
        List<Object> events = history();
        events.add(new FeesSwept(POOL, kdx("10"), kdx("300"), rise, perToken("0.05").add(rise), days(2)));
        PoolView pool = GovernanceMiningViews.pool(GovernanceMiningDefinition.INSTANCE.stateAt(events, null), null);
        assertThat(pool.rewardsOwed()).isEqualTo(kdx("29.999999999999999999"));
        assertThat(pool.undistributed()).isEqualTo(kdx("0.000000000000000001"));
        assertThat(pool.rewardsPaid().add(pool.burnedFromRewards()).add(pool.rewardsOwed()).add(pool.undistributed()))
                .isEqualTo(pool.feesSwept());
    }

    @Test
    void thePenaltiesHistoryCutAtAnInstantLeavesOutLaterBurns() {
        List<Object> events = history();
        events.add(new RewardClaimed(POOL, "alice", kdx("5"), kdx("5"), new BigDecimal("0.5"), kdx("2.5"), kdx("2.5"),
                perToken("0.05"), days(8)));
        GovernanceMiningState state = GovernanceMiningDefinition.INSTANCE.stateAt(events, null);
        assertThat(GovernanceMiningViews.penalties(state, days(7), null)).containsExactly(
                new PenaltyView("bob", "UNSTAKE_PENALTY", kdx("3"), hours(30)));
        assertThat(GovernanceMiningViews.penalties(state, days(8), null)).hasSize(2);
    }

    @Test
    void thePenaltiesHistoryOfOneAccountListsOnlyItsBurns() {
        List<Object> events = history();
        events.add(new RewardClaimed(POOL, "alice", kdx("5"), kdx("5"), new BigDecimal("0.5"), kdx("2.5"), kdx("2.5"),
                perToken("0.05"), days(8)));
        assertThat(GovernanceMiningViews.penalties(GovernanceMiningDefinition.INSTANCE.stateAt(events, null), null, "alice"))
                .containsExactly(new PenaltyView("alice", "CLAIM_PENALTY", kdx("2.5"), days(8)));
    }

    @Test
    void theStateAtAnEarlierInstantLeavesOutLaterEvents() {
        PoolView before = GovernanceMiningViews.pool(GovernanceMiningDefinition.INSTANCE.stateAt(history(), days(1)), days(1));
        assertThat(before.staked()).isEqualTo(kdx("400"));
        assertThat(before.burnedFromStakes()).isEqualTo(kdx("0"));
        assertThat(before.feesSwept()).isEqualTo(kdx("20"));
    }

    @Test
    void aViewBeforeTheStatesLatestEventIsRejected() {
        assertThatThrownBy(() -> GovernanceMiningViews.position(state(), "alice", days(1)))
                .isInstanceOf(CommandRejected.class)
                .hasMessage("at 2024-01-02T00:00:00Z is earlier than the pool's last event at 2024-01-02T06:00:00Z; "
                        + "a view is evaluated at the pool's last event or later. To see the pool as it stood then, "
                        + "ask with asOf=2024-01-02T00:00:00Z");
    }

    @Test
    void anUnknownAccountIsNotFound() {
        assertThat(GovernanceMiningViews.findPosition(state(), "zoe", null)).isEmpty();
        assertThatThrownBy(() -> GovernanceMiningViews.position(state(), "zoe", null))
                .isInstanceOf(CommandRejected.class)
                .hasMessage("account zoe has never staked in pool gm-1")
                .extracting(e -> ((CommandRejected) e).reason()).isEqualTo(CommandRejected.Reason.NOT_FOUND);
    }

    @Test
    void theUsdFeeShareIsVolumeTimesFeeShareTimesStakeShareTimesDays() {
        // 1,000,000 USD/day × 0.0005 × 100 / 300 × 30 days = 5,000 USD.
        assertThat(GovernanceMiningViews.feeShareUsd(state(), "alice", new BigDecimal("1000000"), new BigDecimal("30")))
                .isEqualTo(kdx("5000"));
    }
}
