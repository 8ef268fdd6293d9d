package io.stakingledger.core.voteescrow;

import io.stakingledger.core.common.ProgramHarness;
import io.stakingledger.core.common.CommandRejected.Reason;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;

import static io.stakingledger.core.voteescrow.VoteEscrowTestData.POOL;
import static io.stakingledger.core.voteescrow.VoteEscrowTestData.T0;
import static io.stakingledger.core.voteescrow.VoteEscrowTestData.at;
import static io.stakingledger.core.voteescrow.VoteEscrowTestData.distribute;
import static io.stakingledger.core.voteescrow.VoteEscrowTestData.ksp;
import static io.stakingledger.core.voteescrow.VoteEscrowTestData.lock;
import static io.stakingledger.core.voteescrow.VoteEscrowTestData.unlock;
import static org.assertj.core.api.Assertions.assertThat;

class RewardsTest {

    private static final Instant DAY_1 = at("2024-01-16T00:00:00Z");
    private static final Instant DAY_2 = at("2024-01-17T00:00:00Z");

    private static BigDecimal exact(String value) {
        return RewardAccumulator.exact(new BigDecimal(value));
    }

    @Test
    void distributionDefaultsToTheDailyStakingEmission() {
        VoteEscrowTestData.givenPool(lock("alice", "1", "12M+", T0))
                .when(distribute(null, DAY_1))
                .expectEvents(new RewardsDistributed(POOL, ksp("293760"), exact("0"), ksp("8"),
                        new BigDecimal("36720").setScale(RewardAccumulator.SCALE), exact("293760"), exact("0"), DAY_1));
    }

    @Test
    void rewardsAreSplitByVkspShare() {
        ProgramHarness<VoteEscrowState> pool = VoteEscrowTestData.givenPool(lock("alice", "100", "12M+", T0), lock("bob", "100", "4M", T0));
        pool.when(distribute("900", DAY_1)).expectSuccess();
        assertThat(pool.state().rewardsAccrued("alice")).isEqualTo(ksp("800"));
        assertThat(pool.state().rewardsAccrued("bob")).isEqualTo(ksp("100"));
    }

    @Test
    void rewardsAreSettledIntoTheAccountWhenItsVkspChanges() {
        ProgramHarness<VoteEscrowState> pool = VoteEscrowTestData.givenPool(lock("alice", "100", "4M", T0), distribute("50", DAY_1));
        KspLocked locked = (KspLocked) pool.when(lock("alice", "1", "4M", DAY_2)).stored().get(0);
        assertThat(locked.rewardSettled()).isEqualTo(ksp("50"));
        assertThat(pool.state().findAccount("alice").orElseThrow().rewardsSettled()).isEqualTo(ksp("50"));
        assertThat(pool.state().rewardsAccrued("alice")).isEqualTo(ksp("50"));
    }

    @Test
    void aLateLockDoesNotShareEarlierDistributions() {
        ProgramHarness<VoteEscrowState> pool = VoteEscrowTestData.givenPool(lock("alice", "100", "4M", T0), distribute("100", DAY_1),
                lock("bob", "100", "4M", DAY_1), distribute("100", DAY_2));
        assertThat(pool.state().rewardsAccrued("alice")).isEqualTo(ksp("150"));
        assertThat(pool.state().rewardsAccrued("bob")).isEqualTo(ksp("50"));
    }

    @Test
    void aDistributionWithoutVkspIsCarriedToTheNextOne() {
        ProgramHarness<VoteEscrowState> pool = VoteEscrowTestData.givenPool();
        pool.when(distribute("100", DAY_1))
                .expectEvents(new RewardsDistributed(POOL, ksp("100"), exact("0"), ksp("0"),
                        BigDecimal.ZERO.setScale(RewardAccumulator.SCALE), exact("0"), exact("100"), DAY_1));
        pool.when(lock("alice", "1", "4M", DAY_1)).expectSuccess();
        pool.when(distribute("10", DAY_2)).expectSuccess();
        assertThat(pool.state().rewardsAccrued("alice")).isEqualTo(ksp("110"));
        assertThat(pool.state().rewardsCarried()).isZero();
    }

    @Test
    void theAccumulatorRemainderIsCarriedAndReported() {
        ProgramHarness<VoteEscrowState> pool = VoteEscrowTestData.givenPool(lock("a", "1", "4M", T0), lock("b", "1", "4M", T0),
                lock("c", "1", "4M", T0));
        RewardsDistributed distributed = (RewardsDistributed) pool.when(distribute("1", DAY_1)).stored().get(0);
        assertThat(distributed.rewardPerVkspAdded()).isEqualTo(new BigDecimal("0." + "3".repeat(36)));
        assertThat(distributed.allocated()).isEqualTo(exact("0." + "9".repeat(36)));
        assertThat(distributed.carriedOut()).isEqualTo(exact("1E-36"));
        VoteEscrowState state = pool.state();
        assertThat(state.rewardsAllocated().add(state.rewardsCarried())).isEqualByComparingTo(state.rewardsEmitted());
    }

    @Test
    void aSettlementCreditsTheRewardRoundedDownAndCarriesTheDust() {
        ProgramHarness<VoteEscrowState> pool = VoteEscrowTestData.givenPool(lock("alice", "1", "4M", T0), lock("bob", "2", "4M", T0),
                distribute("1", DAY_1));
        KspUnlocked unlocked = (KspUnlocked) pool.when(unlock("alice", at("2024-05-15T00:00:00Z"))).stored().get(0);
        assertThat(unlocked.rewardSettled()).isEqualTo(ksp("0.333333333333333333"));
        assertThat(unlocked.rewardDust()).isEqualTo(exact("0." + "0".repeat(18) + "3".repeat(18)));
        VoteEscrowState state = pool.state();
        assertThat(state.rewardsCarried()).isEqualTo(exact("0." + "0".repeat(18) + "3".repeat(18))
                .add(exact("1E-36")));
        assertThat(state.rewardsAllocated().add(state.rewardsCarried())).isEqualByComparingTo(ksp("1"));
    }

    @Test
    void nonPositiveDistributionIsRejected() {
        VoteEscrowTestData.givenPool(lock("alice", "1", "4M", T0))
                .when(distribute("0", DAY_1))
                .expectRejected(Reason.INVALID_INPUT, "amount must be positive");
    }

    @Test
    void defaultDistributionOfAPoolWithoutStakingEmissionIsRejected() {
        ProgramHarness<VoteEscrowState> ledger = VoteEscrowTestData.pureLedger(
                VoteEscrowParameters.defaults().withStakingShare(BigDecimal.ZERO));
        assertThat(ProgramHarness.rejectionOf(() -> ledger.run(distribute(null, DAY_1))))
                .hasMessageContaining("nothing to distribute");
    }
}
