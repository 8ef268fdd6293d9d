package io.stakingledger.core.voteescrow;

import io.stakingledger.core.common.AppliedCommands;
import io.stakingledger.core.common.CommandOutcome;
import io.stakingledger.core.common.ProgramPool;
import org.axonframework.commandhandling.CommandHandler;

/**
 * The vote-escrow pool aggregate: Axon's binding of {@link VoteEscrowDefinition} (see {@link ProgramPool}).
 * Keeps its class name, which is the aggregate type stored with every event.
 */
public class VoteEscrowPool extends ProgramPool<VoteEscrowState, VoteEscrowCommand> {

    protected VoteEscrowPool() {
        super(VoteEscrowDefinition.INSTANCE);
    }

    @CommandHandler
    public VoteEscrowPool(CreateVoteEscrowPool command) {
        super(VoteEscrowDefinition.INSTANCE, command);
    }

    @Override
    @CommandHandler
    public CommandOutcome handle(VoteEscrowCommand command, AppliedCommands stored) {
        return super.handle(command, stored);
    }
}
