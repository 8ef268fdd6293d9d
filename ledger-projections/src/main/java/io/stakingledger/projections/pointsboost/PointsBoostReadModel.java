package io.stakingledger.projections.pointsboost;

import io.stakingledger.core.pointsboost.PointsBoostState;
import io.stakingledger.projections.PoolReadModel;

/**
 * Read model of one points-boost pool: the state fold alone. Its views need no history list, because
 * every account keeps its settled points and the pool keeps the running integral of the price, so a
 * view at any later instant is computed in O(1) from the fold.
 */
public final class PointsBoostReadModel implements PoolReadModel {

    public static final String PROGRAM = "points-boost";

    private final PointsBoostState state = new PointsBoostState();

    @Override
    public String program() {
        return PROGRAM;
    }

    @Override
    public PointsBoostState state() {
        return state;
    }

    @Override
    public void apply(Object event) {
        state.evolve(event);
    }
}
