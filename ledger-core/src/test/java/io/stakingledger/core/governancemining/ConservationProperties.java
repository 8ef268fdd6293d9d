package io.stakingledger.core.governancemining;

import io.stakingledger.core.common.Decimals;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static io.stakingledger.core.governancemining.GovernanceMiningFixtures.DEFAULTS;
import static io.stakingledger.core.governancemining.GovernanceMiningFixtures.POOL;
import static io.stakingledger.core.governancemining.GovernanceMiningFixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Over random histories of requests, inclusions, sweeps, unstakes and claims: every fee swept is paid,
 * burned or still owed, and every staked token is pending, staked, returned or burned.
 */
class ConservationProperties {

    private static final String[] ACCOUNTS = {"a", "b", "c"};

    enum Kind { REQUEST, INCLUDE, SWEEP, UNSTAKE, CLAIM }

    /** One random step: what to do, to whom, with how much, after how long a pause. */
    record Step(Kind kind, int account, BigDecimal amount, BigDecimal fraction, Duration pause) {
    }

    @Provide
    Arbitrary<List<Step>> histories() {
        Arbitrary<Kind> kinds = Arbitraries.frequency(
                Tuple.of(3, Kind.REQUEST), Tuple.of(3, Kind.INCLUDE),
                Tuple.of(4, Kind.SWEEP), Tuple.of(2, Kind.UNSTAKE),
                Tuple.of(4, Kind.CLAIM));
        Arbitrary<BigDecimal> amounts = Arbitraries.oneOf(
                Arbitraries.bigDecimals().between(new BigDecimal("0.000000000001"), new BigDecimal("0.001")).ofScale(12),
                Arbitraries.bigDecimals().between(new BigDecimal("0.000000000001"), new BigDecimal("1000000")).ofScale(12),
                Arbitraries.bigDecimals().between(BigDecimal.ONE, new BigDecimal("1000")).ofScale(0));
        Arbitrary<BigDecimal> fractions = Arbitraries.bigDecimals().between(new BigDecimal("0.01"), BigDecimal.ONE).ofScale(2);
        Arbitrary<Duration> pauses = Arbitraries.oneOf(
                Arbitraries.longs().between(0, 3 * 86_400).map(Duration::ofSeconds),
                Arbitraries.longs().between(0, 20).map(Duration::ofDays),
                Arbitraries.longs().between(0, 90).map(Duration::ofDays),
                Arbitraries.longs().between(0, 1_000_000_000L).map(Duration::ofNanos));
        Arbitrary<Step> steps = Combinators.combine(kinds, Arbitraries.integers().between(0, ACCOUNTS.length - 1),
                amounts, fractions, pauses).as(Step::new);
        return steps.list().ofMinSize(10).ofMaxSize(80);
    }

    private static PoolDriver run(List<Step> history) {
        PoolDriver pool = new PoolDriver(new CreateGovernanceMiningPool(POOL, DEFAULTS, T0, null));
        Instant now = T0;
        for (Step step : history) {
            now = now.plus(step.pause());
            String account = ACCOUNTS[step.account()];
            switch (step.kind()) {
                case REQUEST -> pool.send(new RequestStake(POOL, account, step.amount(), now, null));
                case INCLUDE -> pool.send(new IncludePending(POOL, now, null));
                case SWEEP -> pool.send(new SweepFees(POOL, step.amount(), now, null));
                case UNSTAKE -> {
                    BigDecimal staked = pool.state().findAccount(account).map(StakerState::staked).orElse(Decimals.ZERO);
                    BigDecimal amount = staked.multiply(step.fraction()).setScale(12, RoundingMode.DOWN);
                    pool.send(new Unstake(POOL, account, amount.signum() > 0 ? amount : step.amount(), now, null));
                }
                case CLAIM -> pool.send(new Claim(POOL, account, now, null));
            }
        }
        return pool;
    }

    @Property(tries = 300)
    void everyFeeSweptIsPaidBurnedOrStillOwedExactly(@ForAll("histories") List<Step> history) {
        GovernanceMiningState state = run(history).state();
        BigDecimal accounted = state.rewardsPaid().add(state.rewardsBurned()).add(state.rewardsOwed())
                .add(state.undistributed());
        Statistics.label("claims paid").collect(state.rewardsPaid().signum() > 0);
        Statistics.label("rewards burned").collect(state.rewardsBurned().signum() > 0);
        Statistics.label("stakes burned").collect(state.stakesBurned().signum() > 0);
        Statistics.label("claims paid").coverage(c -> c.check(true).percentage(p -> p > 15));
        Statistics.label("rewards burned").coverage(c -> c.check(true).percentage(p -> p > 10));
        Statistics.label("stakes burned").coverage(c -> c.check(true).percentage(p -> p > 3));
        assertThat(accounted).isEqualByComparingTo(state.feesSwept());
        assertThat(state.undistributed()).isGreaterThanOrEqualTo(BigDecimal.ZERO);
        assertThat(state.rewardsUnsettled()).isGreaterThanOrEqualTo(BigDecimal.ZERO);
    }

    @Property(tries = 300)
    void whatAccountsCanStillTakeOutMatchesTheFeesSweptToTheRoundingUnit(@ForAll("histories") List<Step> history) {
        GovernanceMiningState state = run(history).state();
        // Σ still owed as the accounts would take it out now: accrued plus earned, each rounded down.
        BigDecimal owed = Decimals.ZERO;
        int accounts = 0;
        for (StakerState staker : state.accounts()) {
            owed = owed.add(ClaimQuote.of(state, staker, state.lastAt()).reward());
            accounts++;
        }
        BigDecimal paidBurnedOwed = state.rewardsPaid().add(state.rewardsBurned()).add(owed);
        BigDecimal shortfall = state.feesSwept().subtract(paidBurnedOwed).subtract(state.undistributed());
        assertThat(paidBurnedOwed).isLessThanOrEqualTo(state.feesSwept());
        assertThat(shortfall).isGreaterThanOrEqualTo(BigDecimal.ZERO)
                .isLessThan(DEFAULTS.unit().multiply(BigDecimal.valueOf(Math.max(1, accounts))));
        assertThat(state.rewardsPaid().remainder(DEFAULTS.unit())).isZero();
        assertThat(state.rewardsBurned().remainder(DEFAULTS.unit())).isZero();
    }

    @Property(tries = 300)
    void everyStakedTokenIsPendingStakedReturnedOrBurned(@ForAll("histories") List<Step> history) {
        GovernanceMiningState state = run(history).state();
        assertThat(state.pendingTotal().add(state.staked()).add(state.stakesReturned()).add(state.stakesBurned()))
                .isEqualTo(state.stakesRequested());
        BigDecimal perAccount = state.accounts().stream().map(StakerState::staked).reduce(Decimals.ZERO, BigDecimal::add);
        assertThat(perAccount).isEqualTo(state.staked());
    }

    @Property(tries = 200)
    void replayingTheEventsRebuildsTheSameState(@ForAll("histories") List<Step> history) {
        PoolDriver pool = run(history);
        GovernanceMiningState replayed = new GovernanceMiningState();
        pool.events().forEach(replayed::apply);
        GovernanceMiningState live = pool.state();
        assertThat(replayed.feesSwept()).isEqualTo(live.feesSwept());
        assertThat(replayed.undistributed()).isEqualTo(live.undistributed());
        assertThat(replayed.revenuePerToken()).isEqualTo(live.revenuePerToken());
        assertThat(replayed.rewardsOwed()).isEqualTo(live.rewardsOwed());
        assertThat(replayed.burns()).isEqualTo(live.burns());
        assertThat(replayed.accounts()).containsExactlyInAnyOrderElementsOf(live.accounts());
    }
}
