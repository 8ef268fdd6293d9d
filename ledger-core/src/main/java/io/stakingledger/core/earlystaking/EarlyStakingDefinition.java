package io.stakingledger.core.earlystaking;

import io.stakingledger.core.common.Invariant;
import io.stakingledger.core.common.PoolEvent;
import io.stakingledger.core.common.ProgramDefinition;
import io.stakingledger.core.common.ScaledDecimal;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.Function;

/** The early-staking program: a KASH sale on a bonus curve, then staking for shares of a rewarded pool, with leverage through debt-creation rights. */
public final class EarlyStakingDefinition
        implements ProgramDefinition<EarlyStakingState, EarlyStakingCommand, CreateEarlyStakingPool> {

    public static final String PROGRAM = "early-staking";
    public static final EarlyStakingDefinition INSTANCE = new EarlyStakingDefinition();

    private EarlyStakingDefinition() {
    }

    @Override
    public String program() {
        return PROGRAM;
    }

    @Override
    public Class<EarlyStakingCommand> commandType() {
        return EarlyStakingCommand.class;
    }

    @Override
    public Class<EarlyStakingEvent> eventType() {
        return EarlyStakingEvent.class;
    }

    @Override
    public Class<CreateEarlyStakingPool> creationCommand() {
        return CreateEarlyStakingPool.class;
    }

    @Override
    public Class<EarlyStakingPoolCreated> creationEvent() {
        return EarlyStakingPoolCreated.class;
    }

    @Override
    public EarlyStakingState newState() {
        return new EarlyStakingState();
    }

    @Override
    public EarlyStakingPoolCreated create(CreateEarlyStakingPool command) {
        return EarlyStakingDecider.create(command);
    }

    @Override
    public List<PoolEvent> decide(EarlyStakingState state, EarlyStakingCommand command) {
        return EarlyStakingDecider.decide(state, command);
    }

    /** KASH is neither created nor lost; pool totals are the sums over accounts; the reward is spent exactly once. */
    @Override
    public List<Invariant> invariants(EarlyStakingState s) {
        Collection<EarlyStakingAccount> accounts = s.accounts();
        return List.of(
                new Invariant("assets = deposits + rewards − payouts − conversions", s.assets().value(),
                        s.deposited().plus(s.rewardsDistributed()).minus(s.paidOut()).minus(s.converted()).value()),
                new Invariant("Σ account debt = pool debt", sum(accounts, EarlyStakingAccount::debt), s.debt().value()),
                new Invariant("Σ account principal shares = pool principal shares",
                        sum(accounts, EarlyStakingAccount::principalShares), s.principalShares().value()),
                new Invariant("Σ account virtual shares = pool virtual shares",
                        sum(accounts, EarlyStakingAccount::virtualShares), s.virtualShares().value()),
                new Invariant("Σ account deposits = pool deposits", sum(accounts, EarlyStakingAccount::deposited),
                        s.deposited().value()),
                new Invariant("Σ account payouts = pool payouts", sum(accounts, EarlyStakingAccount::withdrawn),
                        s.paidOut().value()),
                new Invariant("Σ queued per account = queue total", sum(accounts, EarlyStakingAccount::reserved),
                        s.reservedTotal().value()),
                new Invariant("rewards distributed + remaining + carried = total reward",
                        s.rewardsDistributed().plus(s.rewardsRemaining()).plus(s.rewardCarried()).value(),
                        s.parameters().totalReward()));
    }

    @Override
    public boolean hasEpochs() {
        return true;
    }

    @Override
    public OptionalInt epochClosedBy(Object event) {
        return event instanceof EpochClosed closed ? OptionalInt.of(closed.epoch()) : OptionalInt.empty();
    }

    @Override
    public List<String> views() {
        return List.of("pool", "position", "sharePrices", "purchasePreview", "reservations", "epbCurve");
    }

    /** The sum as a plain decimal, which is what an {@link Invariant} compares. */
    private static <T> BigDecimal sum(Collection<T> items, Function<T, ? extends ScaledDecimal<?>> quantity) {
        return items.stream().map(quantity).map(ScaledDecimal::value).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
