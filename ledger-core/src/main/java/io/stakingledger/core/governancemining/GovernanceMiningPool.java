package io.stakingledger.core.governancemining;

import io.stakingledger.core.common.AppliedCommands;
import io.stakingledger.core.common.CommandOutcome;
import io.stakingledger.core.common.ProgramPool;
import org.axonframework.commandhandling.CommandHandler;

/**
 * The governance-mining pool aggregate: Axon's binding of {@link GovernanceMiningDefinition} (see
 * {@link ProgramPool}). Keeps its class name, which is the aggregate type stored with every event.
 */
public class GovernanceMiningPool extends ProgramPool<GovernanceMiningState, GovernanceMiningCommand> {

    protected GovernanceMiningPool() {
        super(GovernanceMiningDefinition.INSTANCE);
    }

    @CommandHandler
    public GovernanceMiningPool(CreateGovernanceMiningPool command) {
        super(GovernanceMiningDefinition.INSTANCE, command);
    }

    @Override
    @CommandHandler
    public CommandOutcome handle(GovernanceMiningCommand command, AppliedCommands stored) {
        return super.handle(command, stored);
    }
}
