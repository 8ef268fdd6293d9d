package io.stakingledger.core.earlystaking;

import io.stakingledger.core.common.AppliedCommands;
import io.stakingledger.core.common.CommandOutcome;
import io.stakingledger.core.common.ProgramPool;
import org.axonframework.commandhandling.CommandHandler;

/**
 * The early-staking pool aggregate: Axon's binding of {@link EarlyStakingDefinition} (see
 * {@link ProgramPool}). Keeps its class name, which is the aggregate type stored with every event.
 */
public class EarlyStakingPool extends ProgramPool<EarlyStakingState, EarlyStakingCommand> {

    protected EarlyStakingPool() {
        super(EarlyStakingDefinition.INSTANCE);
    }

    @CommandHandler
    public EarlyStakingPool(CreateEarlyStakingPool command) {
        super(EarlyStakingDefinition.INSTANCE, command);
    }

    @Override
    @CommandHandler
    public CommandOutcome handle(EarlyStakingCommand command, AppliedCommands stored) {
        return super.handle(command, stored);
    }
}
