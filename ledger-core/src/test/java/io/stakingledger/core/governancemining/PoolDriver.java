package io.stakingledger.core.governancemining;

import io.stakingledger.core.common.CommandOutcome;
import io.stakingledger.core.common.CommandRejected;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.modelling.command.inspection.AggregateModel;
import org.axonframework.modelling.command.inspection.AnnotatedAggregate;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * Runs commands against one pool through Axon's annotated-aggregate model, without an event store or
 * a test fixture, so property tests can run long random histories quickly. Keeps every event applied.
 */
final class PoolDriver {

    private static final AggregateModel<GovernanceMiningPool> MODEL =
            AnnotatedAggregateMetaModelFactory.inspectAggregate(GovernanceMiningPool.class);

    private final AnnotatedAggregate<GovernanceMiningPool> aggregate;
    private final List<Object> events = new ArrayList<>();
    private int rejections;

    PoolDriver(CreateGovernanceMiningPool create) {
        try {
            aggregate = AnnotatedAggregate.initialize(
                    (Callable<GovernanceMiningPool>) () -> new GovernanceMiningPool(create), MODEL, null);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        events.add(new GovernanceMiningPoolCreated(create.poolId(), create.parameters(), create.at()));
    }

    /** Sends a command; a rejection is counted and otherwise ignored (it must leave the pool unchanged). */
    void send(Object command) {
        try {
            CommandOutcome outcome = (CommandOutcome) aggregate.handle(GenericCommandMessage.asCommandMessage(command));
            events.addAll(outcome.events());
        } catch (CommandRejected rejected) {
            rejections++;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    GovernanceMiningState state() {
        return aggregate.getAggregateRoot().state();
    }

    List<Object> events() {
        return List.copyOf(events);
    }

    int rejections() {
        return rejections;
    }
}
