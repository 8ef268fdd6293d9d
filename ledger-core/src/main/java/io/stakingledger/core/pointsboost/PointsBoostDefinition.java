package io.stakingledger.core.pointsboost;

import io.stakingledger.core.common.Amount;
import io.stakingledger.core.common.Invariant;
import io.stakingledger.core.common.PoolEvent;
import io.stakingledger.core.common.ProgramDefinition;

import java.util.List;

/** The points-boost program: staked tokens earn points at a rate boosted by the staking multiplier. */
public final class PointsBoostDefinition
        implements ProgramDefinition<PointsBoostState, PointsBoostCommand, CreatePointsBoostPool> {

    public static final String PROGRAM = "points-boost";
    public static final PointsBoostDefinition INSTANCE = new PointsBoostDefinition();

    private PointsBoostDefinition() {
    }

    @Override
    public String program() {
        return PROGRAM;
    }

    @Override
    public Class<PointsBoostCommand> commandType() {
        return PointsBoostCommand.class;
    }

    @Override
    public Class<PointsBoostEvent> eventType() {
        return PointsBoostEvent.class;
    }

    @Override
    public Class<CreatePointsBoostPool> creationCommand() {
        return CreatePointsBoostPool.class;
    }

    @Override
    public Class<PointsBoostPoolCreated> creationEvent() {
        return PointsBoostPoolCreated.class;
    }

    @Override
    public PointsBoostState newState() {
        return new PointsBoostState();
    }

    @Override
    public PointsBoostPoolCreated create(CreatePointsBoostPool command) {
        return PointsBoostDecider.create(command);
    }

    @Override
    public List<PoolEvent> decide(PointsBoostState state, PointsBoostCommand command) {
        return PointsBoostDecider.decide(state, command);
    }

    /** The pool's total stake is the sum of the accounts' stakes. */
    @Override
    public List<Invariant> invariants(PointsBoostState s) {
        return List.of(new Invariant("Σ account stakes = pool total staked",
                Amount.sum(s.accounts().stream().map(PointsBoostAccount::staked).toList()).value(), s.totalStaked()));
    }

    @Override
    public List<String> views() {
        return List.of("pool", "position");
    }
}
