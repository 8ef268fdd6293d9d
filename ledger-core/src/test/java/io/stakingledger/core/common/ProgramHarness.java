package io.stakingledger.core.common;

import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.ClasspathParameterResolverFactory;
import org.axonframework.messaging.annotation.MultiParameterResolverFactory;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.axonframework.messaging.annotation.SimpleResourceParameterResolverFactory;
import org.axonframework.modelling.command.inspection.AggregateModel;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;
import org.axonframework.modelling.command.AggregateAnnotationCommandHandler;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The one test harness of every program: given a pool created by its creation command and some
 * commands, when a command, then its events or its rejection (and nothing stored), and the state folded
 * from the stored events.
 *
 * <p>Two ways to run, same answers: {@link #axon} goes through the real Axon aggregate (command bus with
 * {@link ProgramCommandRouting}, annotation command handler, event-sourcing repository on an in-memory
 * event store; every command reloads the pool from its events, so the replay path is exercised);
 * {@link #pure} runs the definition alone (decide, then evolve), fast enough for seeded property runs.
 * (axon-test's AggregateTestFixture needs hamcrest, which is not on this module's test classpath.)
 *
 * @param <S> the program's state
 */
public final class ProgramHarness<S extends ProgramState> {

    private final ProgramDefinition<S, ?, ?> definition;
    private final String poolId;
    private final CommandGateway gateway;
    private final EmbeddedEventStore store;
    private final List<Object> history = new ArrayList<>();
    private final S live;

    private ProgramHarness(ProgramDefinition<S, ?, ?> definition, String poolId, Class<?> aggregate) {
        this.definition = definition;
        this.poolId = poolId;
        this.live = definition.newState();
        if (aggregate == null) {
            store = null;
            gateway = null;
            return;
        }
        store = EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
        SimpleCommandBus bus = SimpleCommandBus.builder().build();
        bus.registerDispatchInterceptor(new ProgramCommandRouting());
        subscribe(bus, aggregate);
        gateway = DefaultCommandGateway.builder().commandBus(bus).build();
    }

    /** As the application wires it, except that the pool's applied commands are found by reading its events. */
    private <A> void subscribe(SimpleCommandBus bus, Class<A> aggregate) {
        ParameterResolverFactory parameters = MultiParameterResolverFactory.ordered(
                ClasspathParameterResolverFactory.forClass(aggregate),
                new SimpleResourceParameterResolverFactory(List.of(new ScannedAppliedCommands(store))));
        AggregateModel<A> model = AnnotatedAggregateMetaModelFactory.inspectAggregate(aggregate, parameters);
        EventSourcingRepository<A> repository = EventSourcingRepository.builder(aggregate).aggregateModel(model)
                .eventStore(store).build();
        AggregateAnnotationCommandHandler.<A>builder().aggregateType(aggregate).aggregateModel(model)
                .repository(repository).build().subscribe(bus);
    }

    /** A pool of {@code definition} run through its Axon aggregate class {@code aggregate}. */
    public static <S extends ProgramState, K extends CreatePoolCommand> ProgramHarness<S> axon(
            ProgramDefinition<S, ?, K> definition, Class<? extends ProgramPool<S, ?>> aggregate, K creation) {
        ProgramHarness<S> harness = new ProgramHarness<>(definition, creation.poolId(), aggregate);
        harness.gateway.sendAndWait(creation);
        harness.record(harness.storedSinceLastCommand());
        return harness;
    }

    /** A pool of {@code definition} run without Axon: the definition decides, the state folds. */
    public static <S extends ProgramState, K extends CreatePoolCommand> ProgramHarness<S> pure(
            ProgramDefinition<S, ?, K> definition, K creation) {
        ProgramHarness<S> harness = new ProgramHarness<>(definition, creation.poolId(), null);
        harness.record(List.of(definition.create(creation)));
        return harness;
    }

    /**
     * Axon's given/when/then fixture for a pool aggregate, with commands routed by program as the
     * application routes them.
     */
    public static <A> FixtureConfiguration<A> fixture(Class<A> aggregate) {
        FixtureConfiguration<A> fixture = new AggregateTestFixture<>(aggregate);
        fixture.registerCommandDispatchInterceptor(new ProgramCommandRouting());
        fixture.registerInjectableResource(new ScannedAppliedCommands(fixture.getEventStore()));
        return fixture;
    }

    /** Runs {@code commands} in order; each must be accepted. */
    public ProgramHarness<S> given(Object... commands) {
        for (Object command : commands) {
            when(command).expectSuccess();
        }
        return this;
    }

    /** Runs one command and answers its events, or its rejection. */
    public Result when(Object command) {
        int before = events().size();
        try {
            CommandOutcome outcome = send(command);
            return new Result(outcome, null, events().subList(before, events().size()));
        } catch (CommandRejected rejected) {
            return new Result(null, rejected, events().subList(before, events().size()));
        }
    }

    /** Runs one command, which must be accepted, and answers the events it stored. */
    public List<Object> run(Object command) {
        return send(command).events();
    }

    /** Runs one command and answers the events it stored, or null when it was rejected. */
    public List<Object> attempt(Object command) {
        Result result = when(command);
        return result.rejection() == null ? result.stored() : null;
    }

    private CommandOutcome send(Object command) {
        if (gateway != null) {
            CommandOutcome outcome = gateway.sendAndWait(command);
            record(storedSinceLastCommand());
            return outcome;
        }
        List<Object> events = List.copyOf(decide(command));
        record(events);
        return new CommandOutcome(poolId, ((PoolCommand) command).commandId(), events, false);
    }

    private <C extends PoolCommand> List<PoolEvent> decide(Object command) {
        @SuppressWarnings("unchecked")
        ProgramDefinition<S, C, ?> typed = (ProgramDefinition<S, C, ?>) definition;
        return typed.decideInTime(live, typed.command(command));
    }

    private List<Object> storedSinceLastCommand() {
        List<Object> stored = events();
        return stored.subList(history.size(), stored.size());
    }

    private void record(List<?> events) {
        for (Object event : events) {
            live.evolve(event);
            history.add(event);
        }
    }

    /** Every event of the pool, oldest first. */
    public List<Object> events() {
        if (store == null) {
            return List.copyOf(history);
        }
        return store.readEvents(poolId).asStream().map(Message::getPayload).map(Object.class::cast).toList();
    }

    /** The pool's state, folded event by event as commands were accepted (live: it changes with later commands). */
    public S state() {
        return live;
    }

    /** The state folded afresh from the stored events, as a read model rebuilt from the store would see it. */
    public S replayed() {
        return definition.fold(events());
    }

    public ProgramDefinition<S, ?, ?> definition() {
        return definition;
    }

    /** What one command did: its events, or its rejection; {@code stored} is what reached the store. */
    public record Result(CommandOutcome outcome, CommandRejected rejection, List<Object> stored) {

        public Result expectEvents(Object... expected) {
            assertThat(rejection).as("rejection").isNull();
            assertThat(stored).containsExactly(expected);
            return this;
        }

        public Result expectSuccess() {
            assertThat(rejection).as("rejection").isNull();
            return this;
        }

        /** The command was rejected for {@code reason}, its message contains every fragment, and nothing was stored. */
        public Result expectRejected(CommandRejected.Reason reason, String... messageFragments) {
            assertThat(rejection).as("rejection").isNotNull();
            assertThat(rejection.reason()).isEqualTo(reason);
            assertThat(rejection.getMessage()).contains(messageFragments);
            assertThat(stored).as("events of a rejected command").isEmpty();
            return this;
        }
    }

    public static CommandRejected rejectionOf(Runnable action) {
        return catchThrowableOfType(CommandRejected.class, action::run);
    }
}
