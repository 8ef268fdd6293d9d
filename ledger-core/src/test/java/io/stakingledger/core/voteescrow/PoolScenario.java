package io.stakingledger.core.voteescrow;

import io.stakingledger.core.common.CommandOutcome;
import io.stakingledger.core.common.CommandRejected;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.Message;
import org.axonframework.modelling.command.AggregateAnnotationCommandHandler;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Given/when/then over the real Axon aggregate: command bus, annotation command handler and an
 * event-sourcing repository on an in-memory event store. (axon-test's AggregateTestFixture needs
 * hamcrest, which is not on this module's test classpath.) Every {@code when} reloads the aggregate from
 * its events, so tests also exercise the replay path.
 */
final class PoolScenario {

    private final EmbeddedEventStore store;
    private final CommandGateway gateway;

    private PoolScenario() {
        store = EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
        SimpleCommandBus bus = SimpleCommandBus.builder().build();
        EventSourcingRepository<VoteEscrowPool> repository = EventSourcingRepository.builder(VoteEscrowPool.class)
                .eventStore(store).build();
        AggregateAnnotationCommandHandler.<VoteEscrowPool>builder().aggregateType(VoteEscrowPool.class)
                .repository(repository).build().subscribe(bus);
        gateway = DefaultCommandGateway.builder().commandBus(bus).build();
    }

    /** A pool created with the default parameters at {@link VoteEscrowTestData#T0}, then these commands. */
    static PoolScenario givenPool(Object... commands) {
        PoolScenario scenario = new PoolScenario();
        scenario.gateway.sendAndWait(VoteEscrowTestData.createPool());
        for (Object command : commands) {
            scenario.gateway.sendAndWait(command);
        }
        return scenario;
    }

    Result when(Object command) {
        int before = events().size();
        try {
            CommandOutcome outcome = gateway.sendAndWait(command);
            return new Result(outcome, null, events().subList(before, events().size()));
        } catch (CommandRejected rejected) {
            return new Result(null, rejected, events().subList(before, events().size()));
        }
    }

    List<Object> events() {
        return store.readEvents(VoteEscrowTestData.POOL).asStream().map(Message::getPayload).map(Object.class::cast).toList();
    }

    /** The state folded from the stored events, as a read model would see it. */
    VoteEscrowState state() {
        VoteEscrowState state = new VoteEscrowState();
        events().forEach(state::evolve);
        return state;
    }

    record Result(CommandOutcome outcome, CommandRejected rejection, List<Object> newEvents) {

        Result expectEvents(Object... expected) {
            assertThat(rejection).as("rejection").isNull();
            assertThat(newEvents).containsExactly(expected);
            return this;
        }

        Result expectSuccess() {
            assertThat(rejection).as("rejection").isNull();
            return this;
        }

        /** The command was rejected for {@code reason}, its message contains every fragment, and nothing was stored. */
        Result expectRejected(CommandRejected.Reason reason, String... messageFragments) {
            assertThat(rejection).as("rejection").isNotNull();
            assertThat(rejection.reason()).isEqualTo(reason);
            assertThat(rejection.getMessage()).contains(messageFragments);
            assertThat(newEvents).as("events of a rejected command").isEmpty();
            return this;
        }
    }

    static CommandRejected rejectionOf(Runnable action) {
        return catchThrowableOfType(CommandRejected.class, action::run);
    }
}
