package io.stakingledger.core;

import io.stakingledger.core.common.ProgramDefinition;
import io.stakingledger.core.common.ProgramState;
import io.stakingledger.core.earlystaking.EarlyStakingDefinition;
import io.stakingledger.core.governancemining.GovernanceMiningDefinition;
import io.stakingledger.core.pointsboost.PointsBoostDefinition;
import io.stakingledger.core.voteescrow.VoteEscrowDefinition;

import java.util.List;
import java.util.Optional;

/** Every program the ledger runs; generic code (audit, point-in-time views) finds a pool's program here. */
public final class Programs {

    public static final List<ProgramDefinition<?, ?, ?>> ALL = List.of(EarlyStakingDefinition.INSTANCE,
            GovernanceMiningDefinition.INSTANCE,
            PointsBoostDefinition.INSTANCE,
            VoteEscrowDefinition.INSTANCE);

    private Programs() {
    }

    public static Optional<ProgramDefinition<?, ?, ?>> byId(String program) {
        return ALL.stream().filter(d -> d.program().equals(program)).findFirst();
    }

    /** The program whose state {@code state} is. */
    public static Optional<ProgramDefinition<?, ?, ?>> ofState(ProgramState state) {
        return ALL.stream().filter(d -> d.newState().getClass().isInstance(state)).findFirst();
    }

    /** The program a pool runs, known by its first (creation) event. */
    public static Optional<ProgramDefinition<?, ?, ?>> ofCreationEvent(Class<?> creationEvent) {
        return ALL.stream().filter(d -> d.creationEvent().equals(creationEvent)).findFirst();
    }
}
