package io.stakingledger.core.pointsboost;

import io.stakingledger.core.common.AppliedCommands;
import io.stakingledger.core.common.CommandOutcome;
import io.stakingledger.core.common.CommandRejected;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import static io.stakingledger.core.pointsboost.PointsBoostExamples.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Each rejection of the points-boost pool, and the idempotent repeat of a command. The pool is rebuilt
 * from events through its own event-sourcing handler and the command handler is called directly: a
 * rejection is thrown before anything is applied, so no Axon unit of work is needed, and the test can
 * check that the state is unchanged.
 */
class PointsBoostRejectionsTest {

    @Test
    void createPoolRejectedWithoutParameters() {
        assertThatThrownBy(() -> new PointsBoostPool(new CreatePointsBoostPool(POOL, null, LAUNCH, "c1")))
                .isInstanceOf(CommandRejected.class)
                .hasMessage("parameters are required");
    }

    @Test
    void createPoolRejectedWithUnnormalisedParameters() {
        PointsBoostParameters raw = new PointsBoostParameters(new BigDecimal("0.3"), DEFAULTS.multiplierPerDay(),
                DEFAULTS.maxMultiplier(), DEFAULTS.boostCoveragePerToken(), DEFAULTS.stakingPointsPerUsd());
        assertThatThrownBy(() -> new PointsBoostPool(new CreatePointsBoostPool(POOL, raw, LAUNCH, "c1")))
                .isInstanceOf(CommandRejected.class)
                .hasMessage("baseBoost must be given at 18 decimals (build them with PointsBoostParameters.defaults() and its withers)");
    }

    @Test
    void createPoolRejectedWithoutTime() {
        assertThatThrownBy(() -> new PointsBoostPool(new CreatePointsBoostPool(POOL, DEFAULTS, null, "c1")))
                .isInstanceOf(CommandRejected.class)
                .hasMessage("at (business time) is required");
    }

    @Test
    void unstakeMoreThanStakedIsRejectedNamingTheBalance() {
        assertRejected(scenario1(), pool -> pool.handle(new Unstake(POOL, ALICE, new BigDecimal("200000.000000000000000001"), day(1), "u1")),
                CommandRejected.Reason.LIMIT_EXCEEDED,
                "unstaking 200000.000000000000000001 tokens exceeds the staked balance of 200000 tokens of account alice");
    }

    @Test
    void unstakeByAnUnknownAccountIsRejected() {
        assertRejected(scenario1(), pool -> pool.handle(new Unstake(POOL, BOB, BigDecimal.ONE, day(1), "u1")),
                CommandRejected.Reason.NOT_FOUND, "account bob has nothing staked in pool kmno");
    }

    @Test
    void unstakeAfterUnstakingEverythingIsRejected() {
        List<Object> emptied = new java.util.ArrayList<>(scenario1());
        emptied.add(new Unstaked(POOL, ALICE, d("200000"), d("0"), d("0.05"), d("2650000"), day(10)));
        assertRejected(emptied, pool -> pool.handle(new Unstake(POOL, ALICE, BigDecimal.ONE, day(11), "u2")),
                CommandRejected.Reason.NOT_FOUND, "account alice has nothing staked in pool kmno");
    }

    @Test
    void negativeUnstakeIsRejected() {
        assertRejected(scenario1(), pool -> pool.handle(new Unstake(POOL, ALICE, new BigDecimal("-1"), day(1), "u1")),
                CommandRejected.Reason.INVALID_INPUT, "amount must be positive, got -1");
    }

    @Test
    void zeroStakeIsRejected() {
        assertRejected(List.of(poolCreated()), pool -> pool.handle(new Stake(POOL, ALICE, BigDecimal.ZERO, LAUNCH, "s1")),
                CommandRejected.Reason.INVALID_INPUT, "amount must be positive, got 0");
    }

    @Test
    void negativeStakeIsRejected() {
        assertRejected(List.of(poolCreated()), pool -> pool.handle(new Stake(POOL, ALICE, new BigDecimal("-5"), LAUNCH, "s1")),
                CommandRejected.Reason.INVALID_INPUT, "amount must be positive, got -5");
    }

    @Test
    void stakeWithMoreThan18DecimalsIsRejected() {
        assertRejected(List.of(poolCreated()),
                pool -> pool.handle(new Stake(POOL, ALICE, new BigDecimal("1.0000000000000000001"), LAUNCH, "s1")),
                CommandRejected.Reason.INVALID_INPUT, "amount has more than 18 decimal places: 1.0000000000000000001");
    }

    @Test
    void stakeWithoutAmountIsRejected() {
        assertRejected(List.of(poolCreated()), pool -> pool.handle(new Stake(POOL, ALICE, null, LAUNCH, "s1")),
                CommandRejected.Reason.INVALID_INPUT, "amount is required");
    }

    @Test
    void stakeWithoutAccountIsRejected() {
        assertRejected(List.of(poolCreated()), pool -> pool.handle(new Stake(POOL, " ", BigDecimal.ONE, LAUNCH, "s1")),
                CommandRejected.Reason.INVALID_INPUT, "account is required");
    }

    @Test
    void negativeBasePointsAreRejected() {
        assertRejected(List.of(poolCreated()), pool -> pool.handle(new SetBasePoints(POOL, ALICE, new BigDecimal("-1"), LAUNCH, "b1")),
                CommandRejected.Reason.INVALID_INPUT, "pointsPerDay must not be negative, got -1");
    }

    @Test
    void missingBasePointsAreRejected() {
        assertRejected(List.of(poolCreated()), pool -> pool.handle(new SetBasePoints(POOL, ALICE, null, LAUNCH, "b1")),
                CommandRejected.Reason.INVALID_INPUT, "pointsPerDay is required");
    }

    @Test
    void zeroPriceIsRejected() {
        assertRejected(List.of(poolCreated()), pool -> pool.handle(new SetPrice(POOL, BigDecimal.ZERO, LAUNCH, "p1")),
                CommandRejected.Reason.INVALID_INPUT, "price must be positive, got 0");
    }

    @Test
    void negativePriceIsRejected() {
        assertRejected(List.of(poolCreated()), pool -> pool.handle(new SetPrice(POOL, new BigDecimal("-0.2"), LAUNCH, "p1")),
                CommandRejected.Reason.INVALID_INPUT, "price must be positive, got -0.2");
    }

    @Test
    void priceWithMoreThan18DecimalsIsRejected() {
        assertRejected(List.of(poolCreated()),
                pool -> pool.handle(new SetPrice(POOL, new BigDecimal("0.1234567890123456789"), LAUNCH, "p1")),
                CommandRejected.Reason.INVALID_INPUT, "price has more than 18 decimal places: 0.1234567890123456789");
    }

    @Test
    void commandWithoutTimeIsRejected() {
        assertRejected(List.of(poolCreated()), pool -> pool.handle(new SetPrice(POOL, BigDecimal.ONE, null, "p1")),
                CommandRejected.Reason.INVALID_INPUT, "at (business time) is required");
    }

    @Test
    void commandEarlierThanTheLastEventIsRejected() {
        assertRejected(scenario3(), pool -> pool.handle(new Stake(POOL, ALICE, BigDecimal.ONE, day(89), "s3")),
                CommandRejected.Reason.CONFLICT,
                "at 2024-07-28T12:00:00Z is earlier than the pool's last event at 2024-07-29T12:00:00Z; "
                        + "business time must not go backwards");
    }

    @Test
    void repeatedCommandIdReturnsTheFirstOutcomeAndAppliesNothing() {
        PointsBoostPool pool = new PointsBoostPool();
        pool.on(poolCreated());
        Staked first = new Staked(POOL, ALICE, d("10"), d("10"), d("0"), d("0"), d("0"), day(1));
        pool.on(first);
        AppliedCommands stored = (poolId, commandId) -> commandId.equals("same-id")
                ? Optional.of(new AppliedCommands.AppliedCommand(commandId, null, List.of(first))) : Optional.empty();

        // A later time and a different amount: still the first outcome the store holds, nothing applied (no unit
        // of work is needed).
        CommandOutcome outcome = pool.handle(new Stake(POOL, ALICE, new BigDecimal("99"), day(2), "same-id"), stored);

        assertThat(outcome).isEqualTo(new CommandOutcome(POOL, "same-id", List.of(first), true));
        assertThat(pool.state().totalStaked()).isEqualTo(d("10"));
    }

    private static void assertRejected(List<Object> history, Function<PointsBoostPool, CommandOutcome> command,
                                       CommandRejected.Reason reason, String message) {
        PointsBoostPool pool = new PointsBoostPool();
        history.forEach(pool::on);
        PointsBoostState before = fold(history);

        assertThatThrownBy(() -> command.apply(pool))
                .isInstanceOf(CommandRejected.class)
                .hasMessage(message)
                .satisfies(e -> assertThat(((CommandRejected) e).reason()).isEqualTo(reason));
        assertThat(pool.state().lastAt()).isEqualTo(before.lastAt());
        assertThat(pool.state().accounts()).containsExactlyInAnyOrderElementsOf(before.accounts());
        assertThat(pool.state().price()).isEqualTo(before.price());
    }
}
