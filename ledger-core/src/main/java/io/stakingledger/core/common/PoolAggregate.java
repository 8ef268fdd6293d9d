package io.stakingledger.core.common;

import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;

import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

/**
 * What every pool aggregate does the same way, whatever its program: a repeated {@code commandId}
 * returns its first outcome, business time never goes backwards, the rules decide the complete list
 * of events before any is applied (so a rejection changes nothing), and every event is folded into
 * the program's {@link ProgramState}.
 *
 * @param <S> the program's state fold
 */
public abstract class PoolAggregate<S extends ProgramState> {

    @AggregateIdentifier
    protected String poolId;
    protected final S state;
    private final Idempotency idempotency = new Idempotency();

    protected PoolAggregate(S state) {
        this.state = state;
    }

    /**
     * Runs a command: the idempotency and business-time checks, then {@code rules}, which must only
     * compute events (throwing {@link CommandRejected} to refuse), then applies them in order.
     */
    protected CommandOutcome decide(String commandId, Instant at, Supplier<List<Object>> rules) {
        if (idempotency.seen(commandId)) {
            idempotency.requireSameCommand(poolId, commandId, fingerprint());
            return idempotency.outcomeOf(poolId, commandId);
        }
        Inputs.notBefore(at, state.lastAt());
        List<Object> events = rules.get();
        MetaData metadata = metadata(commandId);
        for (Object event : events) {
            AggregateLifecycle.apply(event, metadata);
        }
        return new CommandOutcome(poolId, commandId, events, false);
    }

    /**
     * Metadata carrying the command's id and fingerprint, so idempotency and the binding of the id to its
     * command survive a reload from the store.
     */
    protected static MetaData metadata(String commandId) {
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
    public void on(Object event, @MetaDataValue(Idempotency.METADATA_KEY) String commandId,
                   @MetaDataValue(Idempotency.FINGERPRINT_METADATA_KEY) String fingerprint) {
        if (poolId == null && event instanceof PoolEvent first) {
            poolId = first.poolId();
        }
        state.evolve(event);
        idempotency.record(commandId, fingerprint, event);
    }

    /** Folds one event stored without a fingerprint; for tests that rebuild a pool by hand. */
    public void on(Object event, String commandId) {
        on(event, commandId, null);
    }

    /** The pool's state, for tests and inspection. */
    public S state() {
        return state;
    }
}
