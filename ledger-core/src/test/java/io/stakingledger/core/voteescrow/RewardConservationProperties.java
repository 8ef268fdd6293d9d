package io.stakingledger.core.voteescrow;

import io.stakingledger.core.common.ProgramHarness;
import io.stakingledger.core.common.CommandRejected;
import io.stakingledger.core.common.SeededCases;
import io.stakingledger.core.common.SeededCases.Draw;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import static io.stakingledger.core.voteescrow.VoteEscrowTestData.POOL;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random histories of locks, distributions and unlocks over up to five accounts and several years. After
 * every step the pool's books balance exactly; once every account has unlocked, the rewards credited to
 * the accounts plus the carried remainder equal what DistributeRewards emitted, to the last unit.
 */
class RewardConservationProperties {

    private static final String[] ACCOUNTS = {"a", "b", "c", "d", "e"};
    private static final String[] TERMS = {"4M", "8M", "12M", "12M+"};
    private static final BigDecimal UNIT = new BigDecimal("1E-18");

    @Test
    void distributedRewardsSumExactlyToWhatWasEmitted() {
        SeededCases.check(300, random -> rewardsSumToWhatWasEmitted(history(random)));
    }

    private static void rewardsSumToWhatWasEmitted(List<Step> history) {
        ProgramHarness<VoteEscrowState> ledger = VoteEscrowTestData.pureLedger(VoteEscrowParameters.defaults());
        Instant now = VoteEscrowTestData.T0;
        for (Step step : history) {
            now = now.plus(Duration.ofHours(step.hours()));
            now = step.apply(ledger, now);
            assertBooksBalance(ledger.state());
        }
        settleEveryone(ledger, now);

        VoteEscrowState state = ledger.state();
        BigDecimal credited = state.accounts().values().stream().map(VoteEscrowAccount::rewardsSettled)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(state.rewardsUnsettledExact()).isZero();
        assertThat(credited).isEqualByComparingTo(state.rewardsSettled());
        assertThat(credited.add(state.rewardsCarried())).isEqualByComparingTo(state.rewardsEmitted());
    }

    /** emitted = settled + unsettled + carried exactly; what accounts see falls short of it by less than a unit each. */
    private static void assertBooksBalance(VoteEscrowState state) {
        assertThat(state.rewardsAllocated().add(state.rewardsCarried())).isEqualByComparingTo(state.rewardsEmitted());
        BigDecimal seen = state.accounts().keySet().stream().map(state::rewardsAccrued)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal shortfall = state.rewardsAllocated().subtract(seen);
        assertThat(shortfall.signum()).isGreaterThanOrEqualTo(0);
        assertThat(shortfall).isLessThan(UNIT.multiply(BigDecimal.valueOf(Math.max(1, state.accounts().size()))));
        assertThat(state.rewardsCarried().signum()).isGreaterThanOrEqualTo(0);
    }

    /** Ends every renewal, then unlocks each account in the window after its end, earliest end first. */
    private static void settleEveryone(ProgramHarness<VoteEscrowState> ledger, Instant from) {
        Instant now = from;
        for (VoteEscrowAccount account : List.copyOf(ledger.state().accounts().values())) {
            if (account.hasLock() && account.selfRenewing()) {
                ledger.run(new EndRenewal(POOL, account.account(), now, null));
            }
        }
        while (ledger.state().lockedAccounts() > 0) {
            Instant t = now;
            VoteEscrowAccount next = ledger.state().accounts().values().stream().filter(VoteEscrowAccount::hasLock)
                    .min(Comparator.comparing(a -> ledger.state().lockAt(a.account(), t).orElseThrow().lockEnd()))
                    .orElseThrow();
            Instant end = ledger.state().lockAt(next.account(), now).orElseThrow().lockEnd();
            now = end.isAfter(now) ? end : now;
            ledger.run(new Unlock(POOL, next.account(), now, null));
        }
    }

    private static List<Step> history(Draw random) {
        return random.listOf(0, 40, () -> new Step(
                random.index(10),
                random.index(ACCOUNTS.length),
                random.bool() ? random.decimalBetween(UNIT, new BigDecimal("1000000"), 18)
                        : BigDecimal.valueOf(random.intBetween(1, 1000)),
                random.index(TERMS.length),
                random.intBetween(0, 24 * 90)));
    }

    /** One step: kinds 0–3 lock, 4–7 distribute (4: the default daily amount), 8–9 unlock at the next window. */
    record Step(int kind, int account, BigDecimal amount, int term, int hours) {

        Instant apply(ProgramHarness<VoteEscrowState> ledger, Instant now) {
            String who = ACCOUNTS[account];
            if (kind <= 3) {
                ledger.run(new Lock(POOL, who, amount, TERMS[term], now, null));
                return now;
            }
            if (kind <= 7) {
                ledger.run(new DistributeRewards(POOL, kind == 4 ? null : amount, now, null));
                return now;
            }
            return unlockAtTheNextWindow(ledger, who, now);
        }

        private static Instant unlockAtTheNextWindow(ProgramHarness<VoteEscrowState> ledger, String who, Instant now) {
            EffectiveLock lock = ledger.state().lockAt(who, now).orElse(null);
            if (lock == null) {
                return now;
            }
            if (lock.selfRenewing()) {
                ledger.run(new EndRenewal(POOL, who, now, null));
                return now;
            }
            Instant when = lock.lockEnd().isAfter(now) ? lock.lockEnd() : now;
            try {
                ledger.run(new Unlock(POOL, who, when, null));
            } catch (CommandRejected unexpected) {
                throw new AssertionError("unlock in the window was rejected: " + unexpected.getMessage(), unexpected);
            }
            return when;
        }
    }
}
