package io.stakingledger.core.voteescrow;

import io.stakingledger.core.common.CommandOutcome;
import io.stakingledger.core.common.Inputs;
import io.stakingledger.core.common.PoolAggregate;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.AggregateLifecycle;

import java.time.Instant;
import java.util.List;

/**
 * The vote-escrow pool aggregate: the consistency boundary for locks, vKSP, votes and the reward
 * accumulator. Each handler asks {@link VoteEscrowRules} for the complete list of events first; only then
 * are they applied, so a rejected command changes nothing.
 */
public class VoteEscrowPool extends PoolAggregate<VoteEscrowState> {

    private final VoteEscrowRules rules = new VoteEscrowRules(state);

    protected VoteEscrowPool() {
        super(new VoteEscrowState());
        // for event sourcing
    }

    @CommandHandler
    public VoteEscrowPool(CreateVoteEscrowPool command) {
        super(new VoteEscrowState());
        AggregateLifecycle.apply(VoteEscrowRules.create(command), metadata(command.commandId()));
    }

    @CommandHandler
    public CommandOutcome handle(Lock command) {
        return decide(command.commandId(), command.at(), () -> rules.lock(command));
    }

    @CommandHandler
    public CommandOutcome handle(Unlock command) {
        return decide(command.commandId(), command.at(), () -> rules.unlock(command));
    }

    @CommandHandler
    public CommandOutcome handle(EndRenewal command) {
        return decide(command.commandId(), command.at(), () -> rules.endRenewal(command));
    }

    @CommandHandler
    public CommandOutcome handle(DistributeRewards command) {
        return decide(command.commandId(), command.at(), () -> rules.distributeRewards(command));
    }

    @CommandHandler
    public CommandOutcome handle(Vote command) {
        return decide(command.commandId(), command.at(), () -> rules.vote(command));
    }

    @CommandHandler
    public CommandOutcome handle(RecordPoolFees command) {
        return decide(command.commandId(), command.at(), () -> rules.recordPoolFees(command));
    }

    @CommandHandler
    public CommandOutcome handle(SetPrice command) {
        return decide(command.commandId(), command.at(), () -> rules.setPrice(command));
    }
}
