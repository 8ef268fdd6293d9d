package io.stakingledger.core.common;

import io.stakingledger.core.Programs;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What every program definition promises, checked on each. */
class ProgramDefinitionsTest {

    /** An event of no program. */
    record Stranger(String poolId, Instant at) implements PoolEvent {
    }

    static Stream<ProgramDefinition<?, ?, ?>> definitions() {
        return Programs.ALL.stream();
    }

    @ParameterizedTest
    @MethodSource("definitions")
    void stateFailsLoudlyOnAnEventItDoesNotKnow(ProgramDefinition<?, ?, ?> definition) {
        ProgramState state = definition.newState();
        assertThatThrownBy(() -> state.evolve(new Stranger("p", Instant.EPOCH)))
                .isInstanceOf(UnknownEvent.class)
                .hasMessageContaining(definition.program())
                .hasMessageContaining("Stranger");
    }

    @ParameterizedTest
    @MethodSource("definitions")
    void commandsAndEventsAreRecordsNamedOnce(ProgramDefinition<?, ?, ?> definition) {
        assertThat(definition.commands()).isNotEmpty().allMatch(Class::isRecord);
        assertThat(definition.events()).isNotEmpty().allMatch(Class::isRecord).contains(definition.creationEvent());
        assertThat(definition.creationCommand().isRecord()).isTrue();
        assertThat(definition.views()).isNotEmpty().doesNotHaveDuplicates();
    }

    @ParameterizedTest
    @MethodSource("definitions")
    void aFreshStateHasNoPool(ProgramDefinition<?, ?, ?> definition) {
        assertThat(definition.newState().poolId()).isNull();
        assertThat(definition.fold(List.of()).lastAt()).isNull();
    }

    @ParameterizedTest
    @MethodSource("definitions")
    void programsAreFoundByTheirIdAndCreationEvent(ProgramDefinition<?, ?, ?> definition) {
        assertThat(Programs.byId(definition.program())).containsSame(definition);
        assertThat(Programs.ofCreationEvent(definition.creationEvent())).containsSame(definition);
    }
}
