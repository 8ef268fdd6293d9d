package io.stakingledger.core.voteescrow;

import io.stakingledger.core.common.ProgramHarness;
import io.stakingledger.core.common.CommandOutcome;
import io.stakingledger.core.common.CommandRejected.Reason;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static io.stakingledger.core.voteescrow.VoteEscrowTestData.POOL;
import static io.stakingledger.core.voteescrow.VoteEscrowTestData.T0;
import static io.stakingledger.core.voteescrow.VoteEscrowTestData.at;
import static io.stakingledger.core.voteescrow.VoteEscrowTestData.ksp;
import static io.stakingledger.core.voteescrow.VoteEscrowTestData.lock;
import static org.assertj.core.api.Assertions.assertThat;

class LockTest {

    private static final BigDecimal ZERO = ksp("0");
    private static final BigDecimal NO_DUST = RewardAccumulator.exact(BigDecimal.ZERO);

    @Test
    void firstLockEndsOneTermLaterAndGivesTheTermsMultiplier() {
        VoteEscrowTestData.givenPool()
                .when(lock("alice", "100", "4M", T0))
                .expectEvents(new KspLocked(POOL, "alice", ksp("100"), "4M", ksp("100"), "4M", false,
                        at("2024-05-15T00:00:00Z"), at("2024-05-15T00:00:00Z"), 0, ZERO, NO_DUST, T0));
    }

    @Test
    void longerTermRatesEveryLockedKspAtItsMultiplier() {
        ProgramHarness<VoteEscrowState> pool = VoteEscrowTestData.givenPool(lock("alice", "100", "4M", T0));
        pool.when(lock("alice", "100", "12M", T0)).expectSuccess();
        assertThat(pool.state().findAccount("alice").orElseThrow().vKsp()).isEqualTo(ksp("800"));
    }

    @Test
    void shorterTermLeavesEachLotWithItsOwnMultiplier() {
        ProgramHarness<VoteEscrowState> pool = VoteEscrowTestData.givenPool(lock("alice", "100", "12M", T0));
        pool.when(lock("alice", "100", "4M", T0)).expectSuccess();
        assertThat(pool.state().findAccount("alice").orElseThrow().vKsp()).isEqualTo(ksp("500"));
    }

    @Test
    void shorterTermInsideTheCurrentLockKeepsTheEnd() {
        VoteEscrowTestData.givenPool(lock("alice", "100", "12M", T0))
                .when(lock("alice", "50", "4M", at("2024-03-01T00:00:00Z")))
                .expectEvents(new KspLocked(POOL, "alice", ksp("50"), "4M", ksp("50"), "12M", false,
                        at("2025-01-15T00:00:00Z"), at("2025-01-15T00:00:00Z"), 0, ZERO, NO_DUST, at("2024-03-01T00:00:00Z")));
    }

    @Test
    void longerTermExtendsTheEndToNowPlusTheTerm() {
        VoteEscrowTestData.givenPool(lock("alice", "100", "4M", T0))
                .when(lock("alice", "100", "8M", at("2024-03-01T10:30:00Z")))
                .expectEvents(new KspLocked(POOL, "alice", ksp("100"), "8M", ksp("300"), "8M", false,
                        at("2024-11-01T10:30:00Z"), at("2024-11-01T10:30:00Z"), 0, ZERO, NO_DUST, at("2024-03-01T10:30:00Z")));
    }

    @Test
    void shorterTermThatReachesPastTheEndMovesTheEndButKeepsTheLongestTerm() {
        ProgramHarness<VoteEscrowState> pool = VoteEscrowTestData.givenPool(lock("alice", "100", "8M", T0));
        pool.when(lock("alice", "10", "4M", at("2024-06-01T00:00:00Z"))).expectSuccess();
        VoteEscrowAccount alice = pool.state().findAccount("alice").orElseThrow();
        assertThat(alice.lockPosition().orElseThrow().lockEnd()).isEqualTo(at("2024-10-01T00:00:00Z"));
        assertThat(alice.longestTerm().orElseThrow().code()).isEqualTo("8M");
        assertThat(alice.vKsp()).isEqualTo(ksp("210"));
    }

    @Test
    void selfRenewingTermIsRecordedAsSelfRenewing() {
        VoteEscrowTestData.givenPool()
                .when(lock("alice", "1", "12M+", T0))
                .expectEvents(new KspLocked(POOL, "alice", ksp("1"), "12M+", ksp("8"), "12M+", true,
                        at("2025-01-15T00:00:00Z"), at("2025-01-15T00:00:00Z"), 0, ZERO, NO_DUST, T0));
    }

    @Test
    void lockAfterTheWindowPassedRecordsTheRenewalFirst() {
        VoteEscrowTestData.givenPool(lock("alice", "100", "4M", T0))
                .when(lock("alice", "1", "4M", at("2024-06-01T00:00:00Z")))
                .expectEvents(
                        new LockRenewed(POOL, "alice", "4M", at("2024-05-15T00:00:00Z"), at("2024-09-15T00:00:00Z"), 1,
                                at("2024-06-01T00:00:00Z")),
                        new KspLocked(POOL, "alice", ksp("1"), "4M", ksp("101").subtract(ksp("100")), "4M", false,
                                at("2024-10-01T00:00:00Z"), at("2024-10-01T00:00:00Z"), 0, ZERO, NO_DUST,
                                at("2024-06-01T00:00:00Z")));
    }

    @Test
    void unknownTermIsRejectedListingTheOfferedTerms() {
        VoteEscrowTestData.givenPool()
                .when(lock("alice", "100", "6M", T0))
                .expectRejected(Reason.INVALID_INPUT, "unknown term 6M", "4M, 8M, 12M, 12M+");
    }

    @Test
    void malformedTermIsRejected() {
        VoteEscrowTestData.givenPool()
                .when(lock("alice", "100", "forever", T0))
                .expectRejected(Reason.INVALID_INPUT, "term forever is not a lock term");
    }

    @Test
    void nonPositiveAmountIsRejected() {
        VoteEscrowTestData.givenPool()
                .when(lock("alice", "0", "4M", T0))
                .expectRejected(Reason.INVALID_INPUT, "amount must be positive");
    }

    @Test
    void amountWithMoreThan18DecimalsIsRejected() {
        VoteEscrowTestData.givenPool()
                .when(lock("alice", "1.0000000000000000001", "4M", T0))
                .expectRejected(Reason.INVALID_INPUT, "more than 18 decimal places");
    }

    @Test
    void missingAccountIsRejected() {
        VoteEscrowTestData.givenPool()
                .when(lock(" ", "1", "4M", T0))
                .expectRejected(Reason.INVALID_INPUT, "account is required");
    }

    @Test
    void businessTimeGoingBackwardsIsRejected() {
        VoteEscrowTestData.givenPool(lock("alice", "1", "4M", at("2024-02-01T00:00:00Z")))
                .when(lock("bob", "1", "4M", T0))
                .expectRejected(Reason.CONFLICT, "earlier than the pool's last event");
    }

    @Test
    void repeatedCommandIdReturnsTheFirstOutcomeWithoutApplyingAgain() {
        ProgramHarness<VoteEscrowState> pool = VoteEscrowTestData.givenPool(new Lock(POOL, "alice", BigDecimal.TEN, "4M", T0, "lock-1"));
        ProgramHarness.Result again = pool.when(new Lock(POOL, "alice", BigDecimal.TEN, "4M", T0, "lock-1"));
        CommandOutcome outcome = again.outcome();
        assertThat(outcome.duplicate()).isTrue();
        assertThat(outcome.events()).hasSize(1);
        assertThat(again.stored()).isEmpty();
        assertThat(pool.state().totalLocked()).isEqualTo(ksp("10"));
    }
}
