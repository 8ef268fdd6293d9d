package io.stakingledger.core.common;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;

/**
 * Everything a program is, in one place: its commands and events (each a sealed interface of records),
 * how a pool is created, its state fold, its decisions, its conservation laws and the views its read
 * side answers. The aggregate ({@link ProgramPool}), the audit, the point-in-time fold and the test
 * harness are written once against this interface.
 *
 * @param <S> the program's state ({@code <Program>State})
 * @param <C> the program's sealed command interface ({@code <Program>Command})
 * @param <K> the program's creation command ({@code Create<Program>Pool})
 */
public interface ProgramDefinition<S extends ProgramState, C extends PoolCommand, K extends CreatePoolCommand> {

    /** The program's id as users write it ({@code early-staking}, ...). */
    String program();

    /** The sealed interface every command to an existing pool implements. */
    Class<C> commandType();

    /** The sealed interface every event of the program implements, the creation event included. */
    Class<? extends PoolEvent> eventType();

    Class<K> creationCommand();

    Class<? extends PoolEvent> creationEvent();

    /** A state before any event. */
    S newState();

    /**
     * The creation event after checking the creation command.
     *
     * @throws CommandRejected when the command or its parameters are invalid
     */
    PoolEvent create(K command);

    /**
     * The complete list of events {@code command} produces on {@code state}; pure: nothing is mutated.
     *
     * @throws CommandRejected to refuse the command
     */
    List<PoolEvent> decide(S state, C command);

    /** The program's conservation laws evaluated on {@code state}. */
    List<Invariant> invariants(S state);

    /** Names of the views the read side answers for a pool of this program. */
    List<String> views();

    /** Whether the program's history is cut into numbered epochs (views can then be asked as of an epoch). */
    default boolean hasEpochs() {
        return false;
    }

    /** The number of the epoch {@code event} closes, or empty when it closes none. */
    default OptionalInt epochClosedBy(Object event) {
        return OptionalInt.empty();
    }

    /** {@link #invariants} of a state this program folded; for generic code that holds a {@link ProgramState}. */
    @SuppressWarnings("unchecked")
    default List<Invariant> invariantsOf(ProgramState state) {
        if (!newState().getClass().isInstance(state)) {
            throw new IllegalArgumentException("program " + program() + " does not fold " + state.getClass().getName());
        }
        return invariants((S) state);
    }

    /** Every command record of the program (creation excluded). */
    default List<Class<?>> commands() {
        return Arrays.asList(commandType().getPermittedSubclasses());
    }

    /** Every event record of the program. */
    default List<Class<?>> events() {
        return Arrays.asList(eventType().getPermittedSubclasses());
    }

    /** Whether {@code event} belongs to this program. */
    default boolean knows(Object event) {
        return eventType().isInstance(event);
    }

    /** A fresh state with {@code history} folded in, in order. */
    default S fold(Iterable<?> history) {
        S state = newState();
        for (Object event : history) {
            state.evolve(event);
        }
        return state;
    }

    /**
     * The state as it was at {@code at}: {@code history} folded up to and including the last event at or
     * before {@code at} (all of it when {@code at} is null). Events are in business-time order, so the
     * fold stops at the first later one.
     */
    default S stateAt(Iterable<?> history, Instant at) {
        S state = newState();
        for (Object event : history) {
            if (at != null && event instanceof PoolEvent e && e.at().isAfter(at)) {
                break;
            }
            state.evolve(event);
        }
        return state;
    }

    /**
     * {@link #decide} after the business-time rule every pool keeps: a command is never before the pool's
     * latest event. For tools that fold events without Axon; the aggregate applies the same rule.
     */
    default List<PoolEvent> decideInTime(S state, C command) {
        Inputs.notBefore(command.at(), state.lastAt());
        return decide(state, command);
    }

    /** Casts {@code command} to this program's commands, refusing another program's. */
    default C command(Object command) {
        if (!commandType().isInstance(command)) {
            throw CommandRejected.invalid("not a " + program() + " command: "
                    + (command == null ? "nothing" : command.getClass().getSimpleName()));
        }
        return commandType().cast(command);
    }
}
