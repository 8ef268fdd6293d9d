package io.stakingledger.core.common;

import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;

import java.util.List;
import java.util.Optional;

/**
 * The pool aggregate of every program, written once over its {@link ProgramDefinition}: a repeated
 * {@code commandId} returns its first outcome, business time never goes backwards, the definition decides
 * the complete list of events before any is applied (so a rejection changes nothing), and every event is
 * folded into the program's state.
 *
 * <p>Each program binds it to Axon with a subclass of a few lines ({@code <Program>Pool}): Axon names an
 * aggregate type after its class (the name stored with every event) and registers command handlers per
 * class, so the subclass keeps the stored type name and declares the creation constructor and the one
 * handler for the program's sealed command interface.
 *
 * @param <S> the program's state
 * @param <C> the program's sealed command interface
 */
public abstract class ProgramPool<S extends ProgramState, C extends PoolCommand> {

    @AggregateIdentifier
    protected String poolId;
    private final ProgramDefinition<S, C, ?> definition;
    private S state;
    private final Idempotency idempotency = new Idempotency();

    /** For event sourcing: the state is rebuilt from the stored events. */
    protected ProgramPool(ProgramDefinition<S, C, ?> definition) {
        this.definition = definition;
        this.state = definition.newState();
    }

    /** Creates a pool: checks the creation command and applies the creation event. */
    protected <K extends CreatePoolCommand> ProgramPool(ProgramDefinition<S, C, K> definition, K creation) {
        this(definition);
        AggregateLifecycle.apply(definition.create(creation), metadata(creation.commandId()));
    }

    /**
     * Runs a command: the idempotency and business-time checks, then the definition's decision, which
     * only computes events (throwing {@link CommandRejected} to refuse), then applies them in order.
     *
     * @param stored the commands the store holds for this pool, which a repeated {@code commandId} is answered from
     */
    protected CommandOutcome handle(C command, AppliedCommands stored) {
        String commandId = command.commandId();
        String fingerprint = fingerprint();
        Optional<CommandOutcome> repeat = idempotency.repeatOf(poolId, commandId, fingerprint, stored);
        if (repeat.isPresent()) {
            return repeat.get();
        }
        List<PoolEvent> events = definition.decideInTime(state, command);
        MetaData metadata = metadata(commandId);
        for (Object event : events) {
            AggregateLifecycle.apply(event, metadata);
        }
        idempotency.applied(commandId, fingerprint, events);
        return new CommandOutcome(poolId, commandId, List.copyOf(events), false);
    }

    /** Runs a command on a pool built by hand, with no stored commands to answer a repeat from (tests). */
    public CommandOutcome handle(C command) {
        return handle(command, AppliedCommands.NONE);
    }

    /**
     * Metadata carrying the command's id and fingerprint, so idempotency and the binding of the id to its
     * command survive a reload from the store.
     */
    private static MetaData metadata(String commandId) {
        if (commandId == null) {
            return MetaData.emptyInstance();
        }
        MetaData metadata = MetaData.with(Idempotency.METADATA_KEY, commandId);
        String fingerprint = fingerprint();
        return fingerprint == null ? metadata : metadata.and(Idempotency.FINGERPRINT_METADATA_KEY, fingerprint);
    }

    /** The fingerprint the sender attached to the command being handled, if any. */
    private static String fingerprint() {
        if (!CurrentUnitOfWork.isStarted()) {
            return null;
        }
        Object fingerprint = CurrentUnitOfWork.get().getMessage().getMetaData()
                .get(Idempotency.FINGERPRINT_METADATA_KEY);
        return fingerprint instanceof String text ? text : null;
    }

    /** Folds one stored event; public so tests can rebuild a pool from a history without Axon. */
    @EventSourcingHandler
    public void on(Object event) {
        if (event instanceof PoolSnapshot snapshot) {
            poolId = snapshot.poolId();
            state = snapshot.restore(stateType());
            return;
        }
        if (poolId == null && event instanceof PoolEvent first) {
            poolId = first.poolId();
        }
        state.evolve(event);
    }

    /** The pool's state as a snapshot, to be stored and later loaded in place of the events folded so far. */
    public PoolSnapshot snapshot() {
        return PoolSnapshot.of(poolId, state);
    }

    @SuppressWarnings("unchecked")
    private Class<S> stateType() {
        return (Class<S>) state.getClass();
    }

    /** The pool's state, for tests and inspection. */
    public S state() {
        return state;
    }

    /** The program this pool runs. */
    public ProgramDefinition<S, C, ?> definition() {
        return definition;
    }
}
