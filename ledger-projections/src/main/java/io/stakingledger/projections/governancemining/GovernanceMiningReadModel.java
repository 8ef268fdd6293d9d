package io.stakingledger.projections.governancemining;

import io.stakingledger.core.governancemining.GovernanceMiningState;
import io.stakingledger.projections.PoolReadModel;

/**
 * Read model of one governance-mining pool: the state fold alone. Its running totals answer the pool
 * and position views in O(1), and it already lists every burn in order, which is all the penalties
 * history needs.
 */
public final class GovernanceMiningReadModel implements PoolReadModel {

    public static final String PROGRAM = "governance-mining";

    private final GovernanceMiningState state = new GovernanceMiningState();

    @Override
    public String program() {
        return PROGRAM;
    }

    @Override
    public GovernanceMiningState state() {
        return state;
    }

    @Override
    public void apply(Object event) {
        state.evolve(event);
    }
}
