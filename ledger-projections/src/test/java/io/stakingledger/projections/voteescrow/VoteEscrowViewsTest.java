package io.stakingledger.projections.voteescrow;

import io.stakingledger.core.common.CommandRejected;
import io.stakingledger.core.common.Decimals;
import io.stakingledger.core.voteescrow.CreateVoteEscrowPool;
import io.stakingledger.core.voteescrow.DistributeRewards;
import io.stakingledger.core.voteescrow.Lock;
import io.stakingledger.core.voteescrow.LockRenewed;
import io.stakingledger.core.voteescrow.RecordPoolFees;
import io.stakingledger.core.voteescrow.SetPrice;
import io.stakingledger.core.voteescrow.Vote;
import io.stakingledger.core.voteescrow.VoteEscrowParameters;
import io.stakingledger.core.voteescrow.VoteEscrowDecider;
import io.stakingledger.core.voteescrow.VoteEscrowDefinition;
import io.stakingledger.core.voteescrow.VoteEscrowState;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VoteEscrowViewsTest {

    private static final String POOL = "ksp-staking";
    private static final Instant T0 = Instant.parse("2024-01-15T00:00:00Z");
    private static final Instant DAY_1 = Instant.parse("2024-01-16T00:00:00Z");
    private static final BigDecimal REFERENCE_APR = new BigDecimal("585.686516383564216379");
    private static final BigDecimal REFERENCE_APY = new BigDecimal("33274.313336041116289072");

    /** Runs commands through the pool's rules and keeps the events, as the event store would. */
    private static final class Ledger {
        final VoteEscrowState state = new VoteEscrowState();
        final List<Object> events = new ArrayList<>();

        Ledger(Object... commands) {
            record(List.of(VoteEscrowDecider.create(new CreateVoteEscrowPool(POOL, VoteEscrowParameters.defaults(), T0, null))));
            for (Object command : commands) {
                record(List.copyOf(VoteEscrowDefinition.INSTANCE.decideInTime(state, VoteEscrowDefinition.INSTANCE.command(command))));
            }
        }

        private void record(List<Object> decided) {
            decided.forEach(state::evolve);
            events.addAll(decided);
        }
    }

    private static BigDecimal d(String value) {
        return Decimals.exact(new BigDecimal(value));
    }

    private static Lock lock(String account, String amount, String term, Instant at) {
        return new Lock(POOL, account, new BigDecimal(amount), term, at, null);
    }

    private static Instant at(String instant) {
        return Instant.parse(instant);
    }

    /** docs/domain/vote-escrow.md: 1 KSP locked 12M+ among 146,457,051 vKSP. */
    private static Ledger referencePool() {
        return new Ledger(lock("holder", "1", "12M+", T0), lock("everyone-else", "146457043", "4M", T0),
                new SetPrice(POOL, new BigDecimal("5.39"), T0, null));
    }

    @Test
    void positionOfTheReferenceHolderShowsTheSpecsAprAndItsApy() {
        PositionView position = VoteEscrowViews.position(referencePool().state, "holder", DAY_1);
        assertThat(position.locked()).isEqualTo(d("1"));
        assertThat(position.vKsp()).isEqualTo(d("8"));
        assertThat(position.stakingAprPercent()).isEqualTo(REFERENCE_APR);
        assertThat(position.stakingApyPercent()).isEqualTo(REFERENCE_APY);
    }

    @Test
    void selfRenewingPositionHasAnEndButNoUnlockWindow() {
        PositionView position = VoteEscrowViews.position(referencePool().state, "holder", at("2025-06-01T00:00:00Z"));
        assertThat(position.term()).isEqualTo("12M+");
        assertThat(position.selfRenewing()).isTrue();
        assertThat(position.lockEnd()).isEqualTo(at("2026-01-15T00:00:00Z"));
        assertThat(position.unlockWindowEnd()).isNull();
        assertThat(position.unlockable()).isFalse();
    }

    @Test
    void positionInsideTheWindowIsUnlockable() {
        PositionView position = VoteEscrowViews.position(new Ledger(lock("alice", "100", "4M", T0)).state, "alice",
                at("2024-05-16T00:00:00Z"));
        assertThat(position.lockEnd()).isEqualTo(at("2024-05-15T00:00:00Z"));
        assertThat(position.unlockWindowEnd()).isEqualTo(at("2024-05-22T00:00:00Z"));
        assertThat(position.unlockable()).isTrue();
    }

    @Test
    void aQueryAfterTheWindowShowsTheRenewalACommandWouldRecord() {
        Instant june = at("2024-06-01T00:00:00Z");
        Ledger queried = new Ledger(lock("alice", "100", "4M", T0));
        Ledger commanded = new Ledger(lock("alice", "100", "4M", T0),
                new Vote(POOL, "alice", "KSP-KUSDT", BigDecimal.ONE, june, null));
        assertThat(commanded.events).anyMatch(LockRenewed.class::isInstance);

        for (Instant query : List.of(june, at("2024-09-20T00:00:00Z"), at("2031-02-03T00:00:00Z"))) {
            PositionView fromQuery = VoteEscrowViews.position(queried.state, "alice", query);
            PositionView fromFold = VoteEscrowViews.position(commanded.state, "alice", query);
            assertThat(fromFold.lockEnd()).isEqualTo(fromQuery.lockEnd());
            assertThat(fromFold.unlockWindowEnd()).isEqualTo(fromQuery.unlockWindowEnd());
            assertThat(fromFold.unlockable()).isEqualTo(fromQuery.unlockable());
        }
        assertThat(VoteEscrowViews.position(queried.state, "alice", june).lockEnd()).isEqualTo(at("2024-09-15T00:00:00Z"));
    }

    @Test
    void votesShowTheVotingAprPerTarget() {
        Ledger ledger = new Ledger(lock("alice", "100", "4M", T0), lock("bob", "900", "4M", T0),
                new Vote(POOL, "alice", "KSP-KUSDT", new BigDecimal("100"), T0, null),
                new Vote(POOL, "bob", "KSP-KUSDT", new BigDecimal("900"), T0, null),
                new RecordPoolFees(POOL, "KSP-KUSDT", new BigDecimal("10000"), T0, null),
                new SetPrice(POOL, new BigDecimal("2"), T0, null));
        // 10,000 × 0.5 × (100 / 1,000) / 2 × 365 × 100 / 100 KSP = 91,250 %
        assertThat(VoteEscrowViews.position(ledger.state, "alice", DAY_1).votes())
                .containsExactly(new VoteView("KSP-KUSDT", d("100"), d("1000"), d("10000"), d("91250")));
    }

    @Test
    void votingAprIsNullUntilThePriceIsSet() {
        Ledger ledger = new Ledger(lock("alice", "100", "4M", T0),
                new Vote(POOL, "alice", "KSP-KUSDT", new BigDecimal("10"), T0, null));
        assertThat(VoteEscrowViews.position(ledger.state, "alice", DAY_1).votes().get(0).votingAprPercent()).isNull();
    }

    @Test
    void poolViewShowsTotalsEmissionAndTheAprOfEachTerm() {
        Ledger ledger = referencePool();
        PoolView pool = VoteEscrowViews.pool(ledger.state, DAY_1);
        assertThat(pool.totalLocked()).isEqualTo(d("146457044"));
        assertThat(pool.vKspTotal()).isEqualTo(d("146457051"));
        assertThat(pool.lockedAccounts()).isEqualTo(2);
        assertThat(pool.dailyStakingEmission()).isEqualTo(d("293760"));
        assertThat(pool.price()).isEqualTo(d("5.39"));
        assertThat(pool.termAprs()).extracting(TermApr::term).containsExactly("4M", "8M", "12M", "12M+");
        assertThat(pool.termAprs().get(3).stakingAprPercent()).isEqualTo(REFERENCE_APR);
    }

    @Test
    void poolViewReportsTheCarriedRemainder() {
        Ledger ledger = new Ledger(lock("a", "1", "4M", T0), lock("b", "1", "4M", T0), lock("c", "1", "4M", T0),
                new DistributeRewards(POOL, BigDecimal.ONE, DAY_1, null));
        PoolView pool = VoteEscrowViews.pool(ledger.state, DAY_1);
        assertThat(pool.rewardsEmitted()).isEqualTo(d("1"));
        assertThat(pool.rewardsCarried()).isEqualByComparingTo("1E-36");
        assertThat(pool.rewardsAllocated().add(pool.rewardsCarried())).isEqualByComparingTo(pool.rewardsEmitted());
    }

    @Test
    void aprHistoryHasOneEntryPerDistribution() {
        Ledger ledger = new Ledger(lock("holder", "1", "12M+", T0), lock("everyone-else", "146457043", "4M", T0),
                new DistributeRewards(POOL, null, DAY_1, null),
                lock("newcomer", "146457051", "12M", at("2024-01-16T12:00:00Z")),
                new DistributeRewards(POOL, null, at("2024-01-17T00:00:00Z"), null));
        List<AprHistoryEntry> history = VoteEscrowViews.aprHistory(ledger.state, null);
        assertThat(history).extracting(AprHistoryEntry::vKspTotal)
                .containsExactly(d("146457051"), d("146457051").multiply(BigDecimal.valueOf(5)));
        assertThat(history.get(0).terms().get(3).stakingAprPercent()).isEqualTo(REFERENCE_APR);
        assertThat(history.get(1).terms().get(3).stakingAprPercent()).isLessThan(REFERENCE_APR);
        assertThat(VoteEscrowViews.aprHistory(ledger.state, at("2024-01-16T12:00:00Z"))).hasSize(1);
    }

    @Test
    void aPositionAtAnEarlierInstantIsReadFromTheEventsUpToThen() {
        Ledger ledger = new Ledger(lock("alice", "100", "4M", T0), lock("alice", "100", "12M", DAY_1));
        VoteEscrowState before = VoteEscrowDefinition.INSTANCE.stateAt(ledger.events, T0);
        assertThat(VoteEscrowViews.position(before, "alice", T0).vKsp()).isEqualTo(d("100"));
        assertThat(VoteEscrowViews.position(ledger.state, "alice", DAY_1).vKsp()).isEqualTo(d("800"));
    }

    @Test
    void aViewBeforeTheStatesLastEventIsRejected() {
        Ledger ledger = new Ledger(lock("alice", "100", "4M", DAY_1));
        assertThatThrownBy(() -> VoteEscrowViews.pool(ledger.state, T0))
                .isInstanceOf(CommandRejected.class).hasMessage("at 2024-01-15T00:00:00Z is earlier than the pool's last event at 2024-01-16T00:00:00Z; "
                        + "a view is evaluated at the pool's last event or later. To see the pool as it stood then, "
                        + "ask with asOf=2024-01-15T00:00:00Z");
    }

    @Test
    void anAccountThatNeverLockedIsNotFound() {
        assertThatThrownBy(() -> VoteEscrowViews.position(referencePool().state, "nobody", DAY_1))
                .isInstanceOf(CommandRejected.class)
                .satisfies(e -> assertThat(((CommandRejected) e).reason()).isEqualTo(CommandRejected.Reason.NOT_FOUND));
    }

    @Test
    void rewardsAccruedAreShownAtTheQuery() {
        Ledger ledger = new Ledger(lock("alice", "100", "12M+", T0), lock("bob", "100", "4M", T0),
                new DistributeRewards(POOL, new BigDecimal("900"), DAY_1, null));
        assertThat(VoteEscrowViews.position(ledger.state, "alice", DAY_1).rewardsAccrued()).isEqualTo(d("800"));
        assertThat(VoteEscrowViews.position(ledger.state, "bob", null).rewardsAccrued()).isEqualTo(d("100"));
    }
}
