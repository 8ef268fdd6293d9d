package io.stakingledger.core.voteescrow;

import io.stakingledger.core.common.CommandOutcome;
import io.stakingledger.core.common.Idempotency;
import io.stakingledger.core.common.Inputs;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;

import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

/**
 * The vote-escrow pool aggregate: the consistency boundary for locks, vKSP, votes and the reward
 * accumulator. Each handler asks {@link VoteEscrowRules} for the complete list of events first; only then
 * are they applied, so a rejected command changes nothing.
 */
public class VoteEscrowPool {

    @AggregateIdentifier
    private String poolId;
    private final VoteEscrowState state = new VoteEscrowState();
    private final VoteEscrowRules rules = new VoteEscrowRules(state);
    private final Idempotency idempotency = new Idempotency();

    protected VoteEscrowPool() {
        // for event sourcing
    }

    @CommandHandler
    public VoteEscrowPool(CreateVoteEscrowPool command) {
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

    private CommandOutcome decide(String commandId, Instant at, Supplier<List<Object>> decision) {
        if (idempotency.seen(commandId)) {
            return idempotency.outcomeOf(poolId, commandId);
        }
        Inputs.notBefore(at, state.lastAt());
        List<Object> events = decision.get();
        MetaData metadata = metadata(commandId);
        for (Object event : events) {
            AggregateLifecycle.apply(event, metadata);
        }
        return new CommandOutcome(poolId, commandId, events, false);
    }

    private static MetaData metadata(String commandId) {
        return commandId == null ? MetaData.emptyInstance() : MetaData.with(Idempotency.METADATA_KEY, commandId);
    }

    @EventSourcingHandler
    void on(Object event, @MetaDataValue(Idempotency.METADATA_KEY) String commandId) {
        if (event instanceof VoteEscrowPoolCreated created) {
            poolId = created.poolId();
        }
        state.apply(event);
        idempotency.record(commandId, event);
    }

    /** The pool's state, for tests and for snapshot-free inspection. */
    public VoteEscrowState state() {
        return state;
    }
}
