package io.stakingledger.core.governancemining;

import io.stakingledger.core.common.Invariant;
import io.stakingledger.core.common.PoolEvent;
import io.stakingledger.core.common.ProgramDefinition;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/** The governance-mining program: staked KDX shares swept trading fees; early unstakes and claims pay penalties. */
public final class GovernanceMiningDefinition
        implements ProgramDefinition<GovernanceMiningState, GovernanceMiningCommand, CreateGovernanceMiningPool> {

    public static final String PROGRAM = "governance-mining";
    public static final GovernanceMiningDefinition INSTANCE = new GovernanceMiningDefinition();

    private GovernanceMiningDefinition() {
    }

    @Override
    public String program() {
        return PROGRAM;
    }

    @Override
    public Class<GovernanceMiningCommand> commandType() {
        return GovernanceMiningCommand.class;
    }

    @Override
    public Class<GovernanceMiningEvent> eventType() {
        return GovernanceMiningEvent.class;
    }

    @Override
    public Class<CreateGovernanceMiningPool> creationCommand() {
        return CreateGovernanceMiningPool.class;
    }

    @Override
    public Class<GovernanceMiningPoolCreated> creationEvent() {
        return GovernanceMiningPoolCreated.class;
    }

    @Override
    public GovernanceMiningState newState() {
        return new GovernanceMiningState();
    }

    @Override
    public GovernanceMiningPoolCreated create(CreateGovernanceMiningPool command) {
        return GovernanceMiningDecider.create(command);
    }

    @Override
    public List<PoolEvent> decide(GovernanceMiningState state, GovernanceMiningCommand command) {
        return GovernanceMiningDecider.decide(state, command);
    }

    /** Fees and stakes are neither created nor lost; pool totals are the sums over accounts. */
    @Override
    public List<Invariant> invariants(GovernanceMiningState s) {
        Collection<GovernanceMiningAccount> accounts = s.accounts();
        return List.of(
                new Invariant("fees swept = rewards paid + burned + owed + undistributed", s.feesSwept(),
                        s.rewardsPaid().add(s.rewardsBurned()).add(s.rewardsOwed()).add(s.undistributed())),
                new Invariant("stakes requested = pending + staked + returned + burned", s.stakesRequested(),
                        s.pendingTotal().add(s.staked()).add(s.stakesReturned()).add(s.stakesBurned())),
                new Invariant("Σ account stakes = pool staked", sum(accounts, GovernanceMiningAccount::staked), s.staked()),
                new Invariant("Σ account pending = pool pending", sum(accounts, GovernanceMiningAccount::pendingAdd),
                        s.pendingTotal()));
    }

    @Override
    public List<String> views() {
        return List.of("pool", "position", "penalties", "feeShareUsd");
    }

    private static <T> BigDecimal sum(Collection<T> items, Function<T, BigDecimal> amount) {
        return items.stream().map(amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
