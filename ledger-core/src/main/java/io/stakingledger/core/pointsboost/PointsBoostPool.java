package io.stakingledger.core.pointsboost;

import io.stakingledger.core.common.AppliedCommands;
import io.stakingledger.core.common.CommandOutcome;
import io.stakingledger.core.common.ProgramPool;
import org.axonframework.commandhandling.CommandHandler;

/**
 * The points-boost pool aggregate: Axon's binding of {@link PointsBoostDefinition} (see
 * {@link ProgramPool}). Keeps its class name, which is the aggregate type stored with every event.
 */
public class PointsBoostPool extends ProgramPool<PointsBoostState, PointsBoostCommand> {

    protected PointsBoostPool() {
        super(PointsBoostDefinition.INSTANCE);
    }

    @CommandHandler
    public PointsBoostPool(CreatePointsBoostPool command) {
        super(PointsBoostDefinition.INSTANCE, command);
    }

    @Override
    @CommandHandler
    public CommandOutcome handle(PointsBoostCommand command, AppliedCommands stored) {
        return super.handle(command, stored);
    }
}
