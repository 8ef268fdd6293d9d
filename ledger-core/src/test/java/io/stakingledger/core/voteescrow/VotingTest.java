package io.stakingledger.core.voteescrow;

import io.stakingledger.core.common.ProgramHarness;
import io.stakingledger.core.common.CommandRejected.Reason;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static io.stakingledger.core.voteescrow.VoteEscrowTestData.POOL;
import static io.stakingledger.core.voteescrow.VoteEscrowTestData.T0;
import static io.stakingledger.core.voteescrow.VoteEscrowTestData.at;
import static io.stakingledger.core.voteescrow.VoteEscrowTestData.ksp;
import static io.stakingledger.core.voteescrow.VoteEscrowTestData.lock;
import static io.stakingledger.core.voteescrow.VoteEscrowTestData.vote;
import static org.assertj.core.api.Assertions.assertThat;

/** Alice holds 100 vKSP (100 KSP for 4M). */
class VotingTest {

    private static final java.time.Instant DAY_2 = at("2024-01-16T00:00:00Z");

    private static ProgramHarness<VoteEscrowState> aliceWithHundredVksp() {
        return VoteEscrowTestData.givenPool(lock("alice", "100", "4M", T0));
    }

    @Test
    void votingRecordsVotesWithoutConsumingVksp() {
        ProgramHarness<VoteEscrowState> pool = aliceWithHundredVksp();
        pool.when(vote("alice", "KSP-KUSDT", "70", DAY_2))
                .expectEvents(new VoteCast(POOL, "alice", "KSP-KUSDT", ksp("70"), DAY_2));
        VoteEscrowState state = pool.state();
        assertThat(state.findAccount("alice").orElseThrow().vKsp()).isEqualTo(ksp("100"));
        assertThat(state.vKspTotal()).isEqualTo(ksp("100"));
        assertThat(state.votesFor("KSP-KUSDT")).isEqualTo(ksp("70"));
    }

    @Test
    void votesUpToTheWholeVkspAreAccepted() {
        aliceWithHundredVksp().when(vote("alice", "KSP-KUSDT", "100", DAY_2)).expectSuccess();
    }

    @Test
    void votesAboveVkspAreRejectedNamingWhatIsAvailable() {
        VoteEscrowTestData.givenPool(lock("alice", "100", "4M", T0), vote("alice", "KSP-KUSDT", "70", DAY_2))
                .when(vote("alice", "KSP-KETH", "31", DAY_2))
                .expectRejected(Reason.LIMIT_EXCEEDED, "votes to 101", "vKSP of 100", "30 vKSP are available");
    }

    @Test
    void votingWithoutALockIsRejected() {
        aliceWithHundredVksp()
                .when(vote("bob", "KSP-KUSDT", "1", DAY_2))
                .expectRejected(Reason.NOT_FOUND, "account bob has no KSP locked");
    }

    @Test
    void voteWithoutTargetIsRejected() {
        aliceWithHundredVksp()
                .when(vote("alice", "", "1", DAY_2))
                .expectRejected(Reason.INVALID_INPUT, "target is required");
    }

    @Test
    void negativeVoteIsRejected() {
        aliceWithHundredVksp()
                .when(vote("alice", "KSP-KUSDT", "-1", DAY_2))
                .expectRejected(Reason.INVALID_INPUT, "amount must be positive");
    }

    @Test
    void poolFeesReplaceThePreviousRecord() {
        ProgramHarness<VoteEscrowState> pool = VoteEscrowTestData.givenPool(
                new RecordPoolFees(POOL, "KSP-KUSDT", new BigDecimal("1000"), DAY_2, null));
        pool.when(new RecordPoolFees(POOL, "KSP-KUSDT", new BigDecimal("250.5"), DAY_2, null))
                .expectEvents(new PoolFeesRecorded(POOL, "KSP-KUSDT", ksp("250.5"), DAY_2));
        assertThat(pool.state().feesOf("KSP-KUSDT")).contains(ksp("250.5"));
    }

    @Test
    void negativePoolFeesAreRejected() {
        aliceWithHundredVksp()
                .when(new RecordPoolFees(POOL, "KSP-KUSDT", new BigDecimal("-1"), DAY_2, null))
                .expectRejected(Reason.INVALID_INPUT, "fees must not be negative");
    }

    @Test
    void priceIsPoolWide() {
        aliceWithHundredVksp()
                .when(new SetPrice(POOL, new BigDecimal("5.39"), DAY_2, null))
                .expectEvents(new PriceSet(POOL, ksp("5.39"), DAY_2));
    }

    @Test
    void zeroPriceIsRejected() {
        aliceWithHundredVksp()
                .when(new SetPrice(POOL, BigDecimal.ZERO, DAY_2, null))
                .expectRejected(Reason.INVALID_INPUT, "price must be positive");
    }
}
