package io.stakingledger.core.voteescrow;

import io.stakingledger.core.common.ProgramHarness;
import io.stakingledger.core.common.CommandRejected.Reason;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Map;

import static io.stakingledger.core.voteescrow.VoteEscrowTestData.POOL;
import static io.stakingledger.core.voteescrow.VoteEscrowTestData.T0;
import static io.stakingledger.core.voteescrow.VoteEscrowTestData.at;
import static io.stakingledger.core.voteescrow.VoteEscrowTestData.endRenewal;
import static io.stakingledger.core.voteescrow.VoteEscrowTestData.ksp;
import static io.stakingledger.core.voteescrow.VoteEscrowTestData.lock;
import static io.stakingledger.core.voteescrow.VoteEscrowTestData.unlock;
import static io.stakingledger.core.voteescrow.VoteEscrowTestData.vote;
import static io.stakingledger.core.voteescrow.VoteEscrowTestData.votes;
import static org.assertj.core.api.Assertions.assertThat;

/** Alice locks 100 KSP for 4M on 15 January 2024: her lock ends on 15 May and the window closes on 22 May. */
class UnlockTest {

    private static final BigDecimal NO_REWARD = ksp("0");
    private static final BigDecimal NO_DUST = RewardAccumulator.exact(BigDecimal.ZERO);

    private static ProgramHarness<VoteEscrowState> aliceLockedFourMonths() {
        return VoteEscrowTestData.givenPool(lock("alice", "100", "4M", T0));
    }

    @Test
    void unlockBeforeTheEndIsRejected() {
        aliceLockedFourMonths()
                .when(unlock("alice", at("2024-05-14T23:59:59Z")))
                .expectRejected(Reason.CONFLICT, "locked until 2024-05-15T00:00:00Z",
                        "from 2024-05-15T00:00:00Z until 2024-05-22T00:00:00Z");
    }

    @Test
    void unlockInsideTheWindowReturnsAllKspAndClearsVotes() {
        ProgramHarness<VoteEscrowState> pool = VoteEscrowTestData.givenPool(lock("alice", "100", "4M", T0),
                vote("alice", "KSP-KUSDT", "60", at("2024-02-01T00:00:00Z")));
        pool.when(unlock("alice", at("2024-05-20T00:00:00Z")))
                .expectEvents(new KspUnlocked(POOL, "alice", ksp("100"), ksp("100"), votes("KSP-KUSDT", "60"),
                        NO_REWARD, NO_DUST, at("2024-05-20T00:00:00Z")));
        VoteEscrowState state = pool.state();
        assertThat(state.votesFor("KSP-KUSDT")).isZero();
        assertThat(state.vKspTotal()).isZero();
        assertThat(state.findAccount("alice").orElseThrow().votes()).isEmpty();
    }

    @Test
    void unlockAtTheEndItselfIsAccepted() {
        aliceLockedFourMonths().when(unlock("alice", at("2024-05-15T00:00:00Z"))).expectSuccess();
    }

    @Test
    void unlockWhenTheWindowHasJustClosedIsRejectedBecauseTheLockRenewed() {
        aliceLockedFourMonths()
                .when(unlock("alice", at("2024-05-22T00:00:00Z")))
                .expectRejected(Reason.CONFLICT, "closed at 2024-05-22T00:00:00Z", "renewed automatically",
                        "locked until 2024-09-15T00:00:00Z");
    }

    @Test
    void unlockInTheWindowAfterAnAutomaticRenewalRecordsTheRenewalThenUnlocks() {
        aliceLockedFourMonths()
                .when(unlock("alice", at("2024-09-16T00:00:00Z")))
                .expectEvents(
                        new LockRenewed(POOL, "alice", "4M", at("2024-05-15T00:00:00Z"), at("2024-09-15T00:00:00Z"), 1,
                                at("2024-09-16T00:00:00Z")),
                        new KspUnlocked(POOL, "alice", ksp("100"), ksp("100"), Map.of(), NO_REWARD, NO_DUST,
                                at("2024-09-16T00:00:00Z")));
    }

    @Test
    void renewalRepeatsAsManyTimesAsNeeded() {
        aliceLockedFourMonths()
                .when(unlock("alice", at("2025-06-01T00:00:00Z")))
                .expectRejected(Reason.CONFLICT, "lock end of 2025-05-15T00:00:00Z", "locked until 2025-09-15T00:00:00Z");
    }

    @Test
    void renewalUsesTheLongestTermHeld() {
        VoteEscrowTestData.givenPool(lock("alice", "100", "12M", T0), lock("alice", "10", "4M", T0))
                .when(unlock("alice", at("2025-02-01T00:00:00Z")))
                .expectRejected(Reason.CONFLICT, "renewed automatically for 12 months", "locked until 2026-01-15T00:00:00Z");
    }

    @Test
    void selfRenewingLockCannotBeUnlocked() {
        VoteEscrowTestData.givenPool(lock("alice", "1", "12M+", T0))
                .when(unlock("alice", at("2025-01-16T00:00:00Z")))
                .expectRejected(Reason.CONFLICT, "self-renewing 12M+", "next end 2026-01-15T00:00:00Z", "EndRenewal first");
    }

    @Test
    void endRenewalOpensTheWindowAtTheCurrentEnd() {
        ProgramHarness<VoteEscrowState> pool = VoteEscrowTestData.givenPool(lock("alice", "1", "12M+", T0));
        pool.when(endRenewal("alice", at("2024-06-01T00:00:00Z")))
                .expectEvents(new RenewalEnded(POOL, "alice", at("2025-01-15T00:00:00Z"), at("2024-06-01T00:00:00Z")));
        assertThat(pool.state().findAccount("alice").orElseThrow().vKsp()).isEqualTo(ksp("8"));
        pool.when(unlock("alice", at("2025-01-16T00:00:00Z")))
                .expectEvents(new KspUnlocked(POOL, "alice", ksp("1"), ksp("8"), Map.of(), NO_REWARD, NO_DUST,
                        at("2025-01-16T00:00:00Z")));
    }

    @Test
    void selfRenewingLockRenewsAtEveryEndUntilEndRenewal() {
        VoteEscrowTestData.givenPool(lock("alice", "1", "12M+", T0))
                .when(endRenewal("alice", at("2025-03-01T00:00:00Z")))
                .expectEvents(
                        new LockRenewed(POOL, "alice", "12M+", at("2025-01-15T00:00:00Z"), at("2026-01-15T00:00:00Z"), 1,
                                at("2025-03-01T00:00:00Z")),
                        new RenewalEnded(POOL, "alice", at("2026-01-15T00:00:00Z"), at("2025-03-01T00:00:00Z")));
    }

    @Test
    void afterEndRenewalAnUnusedWindowRenewsForTwelveMonths() {
        VoteEscrowTestData.givenPool(lock("alice", "1", "12M+", T0), endRenewal("alice", at("2024-06-01T00:00:00Z")))
                .when(unlock("alice", at("2025-01-22T00:00:00Z")))
                .expectRejected(Reason.CONFLICT, "locked until 2026-01-15T00:00:00Z");
    }

    @Test
    void endRenewalOfAPlainLockIsRejected() {
        aliceLockedFourMonths()
                .when(endRenewal("alice", at("2024-02-01T00:00:00Z")))
                .expectRejected(Reason.CONFLICT, "does not renew at every end");
    }

    @Test
    void endRenewalWithoutALockIsRejected() {
        aliceLockedFourMonths()
                .when(endRenewal("bob", at("2024-02-01T00:00:00Z")))
                .expectRejected(Reason.NOT_FOUND, "account bob has no KSP locked");
    }

    @Test
    void unlockWithoutALockIsRejected() {
        ProgramHarness<VoteEscrowState> pool = aliceLockedFourMonths();
        pool.when(unlock("alice", at("2024-05-16T00:00:00Z"))).expectSuccess();
        pool.when(unlock("alice", at("2024-05-17T00:00:00Z")))
                .expectRejected(Reason.NOT_FOUND, "account alice has no KSP locked");
    }
}
