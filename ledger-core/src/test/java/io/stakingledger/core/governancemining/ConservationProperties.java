package io.stakingledger.core.governancemining;

import io.stakingledger.core.common.ProgramHarness;
import io.stakingledger.core.common.Decimals;
import io.stakingledger.core.common.SeededCases;
import io.stakingledger.core.common.SeededCases.Draw;
import org.junit.jupiter.api.Test;

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

    private static final int[] KIND_WEIGHTS = {3, 3, 4, 2, 4};

    private static List<Step> history(Draw random) {
        return random.listOf(10, 80, () -> new Step(
                random.weighted(KIND_WEIGHTS, List.of(Kind.values())),
                random.index(ACCOUNTS.length),
                amount(random),
                random.decimalBetween(new BigDecimal("0.01"), BigDecimal.ONE, 2),
                pause(random)));
    }

    /** Dust, any amount at the pool's precision, or whole tokens. */
    private static BigDecimal amount(Draw random) {
        return switch (random.index(3)) {
            case 0 -> random.decimalBetween(new BigDecimal("0.000000000001"), new BigDecimal("0.001"), 12);
            case 1 -> random.decimalBetween(new BigDecimal("0.000000000001"), new BigDecimal("1000000"), 12);
            default -> random.decimalBetween(BigDecimal.ONE, new BigDecimal("1000"), 0);
        };
    }

    /** Seconds to days, or under a second: inclusions and maturation both depend on the pause. */
    private static Duration pause(Draw random) {
        return switch (random.index(4)) {
            case 0 -> Duration.ofSeconds(random.longBetween(0, 3 * 86_400));
            case 1 -> Duration.ofDays(random.longBetween(0, 20));
            case 2 -> Duration.ofDays(random.longBetween(0, 90));
            default -> Duration.ofNanos(random.longBetween(0, 1_000_000_000L));
        };
    }

    private static ProgramHarness<GovernanceMiningState> run(List<Step> history) {
        ProgramHarness<GovernanceMiningState> pool = ProgramHarness.pure(GovernanceMiningDefinition.INSTANCE,
                new CreateGovernanceMiningPool(POOL, DEFAULTS, T0, null));
        Instant now = T0;
        for (Step step : history) {
            now = now.plus(step.pause());
            String account = ACCOUNTS[step.account()];
            switch (step.kind()) {
                case REQUEST -> pool.when(new RequestStake(POOL, account, step.amount(), now, null));
                case INCLUDE -> pool.when(new IncludePending(POOL, now, null));
                case SWEEP -> pool.when(new SweepFees(POOL, step.amount(), now, null));
                case UNSTAKE -> {
                    BigDecimal staked = pool.state().findAccount(account).map(GovernanceMiningAccount::staked).orElse(Decimals.ZERO);
                    BigDecimal amount = staked.multiply(step.fraction()).setScale(12, RoundingMode.DOWN);
                    pool.when(new Unstake(POOL, account, amount.signum() > 0 ? amount : step.amount(), now, null));
                }
                case CLAIM -> pool.when(new Claim(POOL, account, now, null));
            }
        }
        return pool;
    }

    @Test
    void everyFeeSweptIsPaidBurnedOrStillOwedExactly() {
        SeededCases.check(300, random -> {
            GovernanceMiningState state = run(history(random)).state();
            BigDecimal accounted = state.rewardsPaid().add(state.rewardsBurned()).add(state.rewardsOwed())
                    .add(state.undistributed());
            random.countIf(state.rewardsPaid().signum() > 0, "claims paid");
            random.countIf(state.rewardsBurned().signum() > 0, "rewards burned");
            random.countIf(state.stakesBurned().signum() > 0, "stakes burned");
            assertThat(accounted).isEqualByComparingTo(state.feesSwept());
            assertThat(state.undistributed()).isGreaterThanOrEqualTo(BigDecimal.ZERO);
            assertThat(state.rewardsUnsettled()).isGreaterThanOrEqualTo(BigDecimal.ZERO);
        }).expectShare("claims paid", 15).expectShare("rewards burned", 10).expectShare("stakes burned", 3);
    }

    @Test
    void whatAccountsCanStillTakeOutMatchesTheFeesSweptToTheRoundingUnit() {
        SeededCases.check(300, random -> whatAccountsCanStillTakeOutMatchesTheFeesSwept(run(history(random)).state()));
    }

    private static void whatAccountsCanStillTakeOutMatchesTheFeesSwept(GovernanceMiningState state) {
        // Σ still owed as the accounts would take it out now: accrued plus earned, each rounded down.
        BigDecimal owed = Decimals.ZERO;
        int accounts = 0;
        for (GovernanceMiningAccount staker : state.accounts()) {
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

    @Test
    void everyStakedTokenIsPendingStakedReturnedOrBurned() {
        SeededCases.check(300, random -> {
            GovernanceMiningState state = run(history(random)).state();
            assertThat(state.pendingTotal().add(state.staked()).add(state.stakesReturned()).add(state.stakesBurned()))
                    .isEqualTo(state.stakesRequested());
            BigDecimal perAccount = state.accounts().stream().map(GovernanceMiningAccount::staked).reduce(Decimals.ZERO, BigDecimal::add);
            assertThat(perAccount).isEqualTo(state.staked());
        });
    }

    @Test
    void replayingTheEventsRebuildsTheSameState() {
        SeededCases.check(200, random -> replayRebuildsTheSameState(run(history(random))));
    }

    private static void replayRebuildsTheSameState(ProgramHarness<GovernanceMiningState> pool) {
        GovernanceMiningState replayed = new GovernanceMiningState();
        pool.events().forEach(replayed::evolve);
        GovernanceMiningState live = pool.state();
        assertThat(replayed.feesSwept()).isEqualTo(live.feesSwept());
        assertThat(replayed.undistributed()).isEqualTo(live.undistributed());
        assertThat(replayed.revenuePerToken()).isEqualTo(live.revenuePerToken());
        assertThat(replayed.rewardsOwed()).isEqualTo(live.rewardsOwed());
        assertThat(replayed.burns()).isEqualTo(live.burns());
        assertThat(replayed.accounts()).containsExactlyInAnyOrderElementsOf(live.accounts());
    }
}
