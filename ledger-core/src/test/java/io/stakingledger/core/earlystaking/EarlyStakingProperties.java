package io.stakingledger.core.earlystaking;

import io.stakingledger.core.common.Decimals;
import io.stakingledger.core.common.ProgramHarness;
import io.stakingledger.core.common.SeededCases.Draw;
import io.stakingledger.core.common.SeededCases;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Invariants of docs/domain/early-staking.md over random histories of every early-staking command, on a small pool
 * whose cap binds: 5,000 KASH sale, 20,000 weighted-share cap, 6 daily epochs.
 */
class EarlyStakingProperties {

    private static final String POOL = EarlyStakingExamples.POOL;
    private static final Instant CREATED = Instant.parse("2026-01-01T00:00:00Z");
    private static final List<String> ACCOUNTS = List.of("a", "b", "c", "d");
    private static final BigDecimal DUST = new BigDecimal("0.000000000000000001");
    /** Every event the histories must reach, so that the rules under test run and not only rejections. */
    private static final List<String> EVENTS_TO_REACH = List.of("KashPurchased", "StakeDeposited", "DcrExercised",
            "StakeWithdrawn", "EpochClosed", "StakeReserved", "ReservationCancelled", "ReservationRealized",
            "PrincipalConverted");

    static EarlyStakingParameters smallPool() {
        return EarlyStakingParameters.defaults(CREATED)
                .withSaleSupply(new BigDecimal("5000"))
                .withSaleShares(new BigDecimal("30000"))
                .withShareCap(new BigDecimal("20000"))
                .withTotalReward(new BigDecimal("3000"))
                .withEpochs(6)
                .withEpochLength(Duration.ofDays(1));
    }

    /** One random step: which command, for whom, and a fraction in (0, 1] sizing its amount. */
    record Step(int kind, int account, BigDecimal fraction, BigDecimal size) {
    }

    private static List<Step> history(Draw random) {
        return random.listOf(5, 60, () -> new Step(
                random.index(10),
                random.index(ACCOUNTS.size()),
                random.decimalBetween(new BigDecimal("0.000001"), BigDecimal.ONE, 18),
                random.decimalBetween(DUST, new BigDecimal("3000"), 18)));
    }

    @Test
    void invariantsHoldAfterEveryCommand() {
        SeededCases.Run run = SeededCases.check(150, random -> checkEveryCommandOf(history(random), random));
        EVENTS_TO_REACH.forEach(run::expectSeen);
    }

    /**
     * Histories that left an account's debt above the value of its shares (so Σ withdrawable could exceed
     * the assets by 10⁻¹⁸) before a dust-leaving partial withdrawal became a full exit and such a DCR
     * exercise was refused: the first fails without the withdrawal rule, the second without the exercise rule.
     */
    @Test
    void invariantsHoldOnHistoriesThatOnceLeftAnAccountUnderwater() {
        SeededCases.checkSeeds(random -> checkEveryCommandOf(history(random), random),
                -3040315632733743706L, -1165277941528817272L);
    }

    /**
     * A partial withdrawal whose rounded-up burn took every share of the account while its rounded-down
     * repayment left 10⁻¹⁸ of debt: an account with debt and no shares. Such a withdrawal is now a full exit.
     */
    @Test
    void invariantsHoldOnAHistoryWhereAWithdrawalBurnedEveryShareButLeftDebt() {
        SeededCases.checkSeeds(random -> checkEveryCommandOf(history(random), random), 2797880249383586835L);
    }

    private static void checkEveryCommandOf(List<Step> history, Draw random) {
        ProgramHarness<EarlyStakingState> pool = ProgramHarness.axon(EarlyStakingDefinition.INSTANCE,
                EarlyStakingPool.class, new CreateEarlyStakingPool(POOL, smallPool(), CREATED, null));
        Instant now = CREATED;
        BigDecimal reservedIn = Decimals.ZERO;
        BigDecimal realized = Decimals.ZERO;
        BigDecimal cancelled = Decimals.ZERO;
        for (Step step : history) {
            now = now.plus(Duration.ofHours(5));
            EarlyStakingState s = pool.state();
            SharePrice before = s.sharePrice();
            Object command = command(step, s, now);
            if (command instanceof CloseEpoch) {
                Instant end = s.parameters().endOf(Math.min(s.epochsClosed() + 1, s.parameters().epochs()));
                now = end.isAfter(now) ? end : now;
                command = new CloseEpoch(POOL, now, null);
            }
            String stateBefore = describe(s);
            List<Object> events = pool.attempt(command);
            if (events == null) {
                assertThat(describe(pool.state())).as("a rejection changes nothing").isEqualTo(stateBefore);
                continue;
            }
            for (Object e : events) {
                random.count(e.getClass().getSimpleName());
                if (e instanceof StakeReserved r) {
                    reservedIn = reservedIn.add(r.amount());
                } else if (e instanceof ReservationRealized r) {
                    realized = realized.add(r.amount());
                } else if (e instanceof ReservationCancelled c) {
                    cancelled = cancelled.add(c.amount());
                }
            }
            EarlyStakingState after = pool.state();
            assertThat(after.weightedShares().value()).as("weighted shares within the cap")
                    .isLessThanOrEqualTo(after.parameters().shareCap());
            if (!(command instanceof CloseEpoch) && !after.sharePrice().isInitial()) {
                assertThat(after.sharePrice().isAtLeast(before)).as("share price never decreases through " + command)
                        .isTrue();
            }
            if (command instanceof ConvertPrincipal) {
                assertThat(before.isAtLeast(after.sharePrice()) && after.sharePrice().isAtLeast(before))
                        .as("conversion leaves the share price unchanged").isTrue();
            }
            assertThat(reservedIn).as("nothing queued is lost")
                    .isEqualByComparingTo(realized.add(cancelled).add(after.reservedTotal().value()));
            for (EarlyStakingAccount account : after.accounts()) {
                assertThat(account.weightedShares().value().multiply(after.sharePrice().backing().value())
                        .compareTo(account.debt().value().multiply(after.sharePrice().weightedShares().value())))
                        .as("account " + account.account() + " is never underwater (debt above the value of its shares)")
                        .isGreaterThanOrEqualTo(0);
            }
            BigDecimal withdrawable = after.accounts().stream().map(a -> Valuation.withdrawable(after, a).value())
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(withdrawable).as("Σ withdrawable ≤ assets").isLessThanOrEqualTo(after.assets().value());
            assertThat(after.accounts().stream().map(a -> a.debt().value()).reduce(BigDecimal.ZERO, BigDecimal::add))
                    .as("Σ account debt = pool debt").isEqualByComparingTo(after.debt().value());
            assertThat(after.accounts().stream().map(a -> a.weightedShares().value()).reduce(BigDecimal.ZERO, BigDecimal::add))
                    .as("Σ account shares = pool shares").isEqualByComparingTo(after.weightedShares().value());
            assertThat(after.assets().value()).as("assets = deposits + rewards − payouts − conversions")
                    .isEqualByComparingTo(after.deposited().value().add(after.rewardsDistributed().value())
                            .subtract(after.paidOut().value()).subtract(after.converted().value()));
        }
        assertThat(describe(pool.replayed())).as("a replay of the stored events gives the same pool")
                .isEqualTo(describe(pool.state()));
    }

    @Test
    void fullWithdrawalRightAfterAStakeNeverReturnsMoreThanWasStaked() {
        SeededCases.check(150, random -> fullWithdrawalReturnsAtMostTheStake(history(random),
                random.decimalBetween(DUST, new BigDecimal("5000"), 18)));
    }

    private static void fullWithdrawalReturnsAtMostTheStake(List<Step> history, BigDecimal stake) {
        ProgramHarness<EarlyStakingState> pool = ProgramHarness.axon(EarlyStakingDefinition.INSTANCE,
                EarlyStakingPool.class, new CreateEarlyStakingPool(POOL, smallPool(), CREATED, null));
        Instant now = CREATED;
        for (Step step : history) {
            now = now.plus(Duration.ofHours(1));
            Object command = command(step, pool.state(), now);
            if (!(command instanceof CloseEpoch)) {
                pool.attempt(command);
            }
        }
        now = now.plus(Duration.ofHours(1));
        List<Object> staked = pool.attempt(new Stake(POOL, "newcomer", stake, now, null));
        if (staked == null) {
            return;
        }
        List<Object> withdrawn = pool.attempt(new Withdraw(POOL, "newcomer", null, now, null));
        assertThat(withdrawn).hasSize(1);
        assertThat(((StakeWithdrawn) withdrawn.get(0)).amount()).isLessThanOrEqualTo(stake);
    }

    private static Object command(Step step, EarlyStakingState s, Instant now) {
        String account = ACCOUNTS.get(step.account());
        EarlyStakingAccount holder = s.findAccount(account).orElse(null);
        BigDecimal amount = step.size();
        return switch (step.kind()) {
            case 0 -> new Purchase(POOL, account, amount, "USDC", amount.divide(BigDecimal.valueOf(2), 18, RoundingMode.DOWN),
                    now, null);
            case 1 -> new Stake(POOL, account, amount, now, null);
            case 2 -> new ExerciseDcr(POOL, account, holder == null ? amount
                    : nonZero(Decimals.down(Valuation.exercisableDcr(s, holder).value().multiply(step.fraction()))), null, now, null);
            case 3 -> new ExerciseDcr(POOL, account, amount, amount, now, null);
            case 4 -> new Withdraw(POOL, account, holder == null ? amount
                    : nonZero(Decimals.down(Valuation.withdrawable(s, holder).value().multiply(step.fraction()))), now, null);
            case 5 -> new Withdraw(POOL, account, null, now, null);
            case 6 -> new Reserve(POOL, account, amount, now, null);
            case 7 -> new CancelReservation(POOL, account, step.fraction().compareTo(new BigDecimal("0.5")) > 0 ? null
                    : nonZero(Decimals.down(s.findAccount(account).map(a -> a.reserved().value()).orElse(BigDecimal.ONE)
                    .multiply(step.fraction()))), now, null);
            case 8 -> step.fraction().compareTo(new BigDecimal("0.5")) > 0 ? new RealizeReservations(POOL, now, null)
                    : new ConvertPrincipal(POOL, account, now, null);
            default -> new CloseEpoch(POOL, now, null);
        };
    }

    private static BigDecimal nonZero(BigDecimal value) {
        return value.signum() == 0 ? new BigDecimal("0.000000000000000001") : value;
    }

    /** Every number of the pool and its accounts, for before/after comparisons. */
    private static String describe(EarlyStakingState s) {
        StringBuilder out = new StringBuilder();
        out.append(s.sold()).append('|').append(s.assets()).append('|').append(s.debt()).append('|')
                .append(s.principalShares()).append('|').append(s.virtualShares()).append('|').append(s.epochsClosed())
                .append('|').append(s.rewardCarried()).append('|').append(s.reservedTotal()).append('|').append(s.queue());
        s.accounts().stream().sorted(java.util.Comparator.comparing(EarlyStakingAccount::account)).forEach(a -> out.append('\n')
                .append(a.account()).append(':').append(a.bought()).append(',').append(a.dcrEarned()).append(',')
                .append(a.dcrUsed()).append(',').append(a.principalShares()).append(',').append(a.virtualShares())
                .append(',').append(a.debt()).append(',').append(a.reserved()).append(',').append(a.everWithdrew())
                .append(',').append(a.pcrUsed()));
        return out.toString();
    }
}
