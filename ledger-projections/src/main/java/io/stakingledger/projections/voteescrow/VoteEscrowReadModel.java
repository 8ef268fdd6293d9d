package io.stakingledger.projections.voteescrow;

import io.stakingledger.core.voteescrow.VoteEscrowState;
import io.stakingledger.projections.PoolReadModel;

/**
 * Read model of one vote-escrow pool: the state fold alone. The APR history needs no list of its own,
 * because the state already keeps one {@code RewardDistribution} per distribution, and renewals are
 * computed from the lock and the query's instant ({@link VoteEscrowViews}).
 */
public final class VoteEscrowReadModel implements PoolReadModel {

    public static final String PROGRAM = "vote-escrow";

    private final VoteEscrowState state = new VoteEscrowState();

    @Override
    public String program() {
        return PROGRAM;
    }

    @Override
    public VoteEscrowState state() {
        return state;
    }

    @Override
    public void apply(Object event) {
        state.evolve(event);
    }
}
