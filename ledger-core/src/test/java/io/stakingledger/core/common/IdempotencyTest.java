package io.stakingledger.core.common;

import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A command id binds the command that first used it; the store remembers it, the pool only its unit of work. */
class IdempotencyTest {

    private final Idempotency idempotency = new Idempotency();
    private final AppliedCommands stored = store(Map.of(
            "pay-7", new AppliedCommands.AppliedCommand("pay-7", "fp-a", List.of("event-1", "event-2")),
            "old", new AppliedCommands.AppliedCommand("old", null, List.of("event-0"))));

    @Test
    void anIdenticalRepeatGetsTheFirstOutcomeTheStoreHolds() {
        CommandOutcome outcome = idempotency.repeatOf("kash", "pay-7", "fp-a", stored).orElseThrow();

        assertThat(outcome.events()).containsExactly("event-1", "event-2");
        assertThat(outcome.duplicate()).isTrue();
        assertThat(idempotency.repeatOf("kash", "pay-8", "fp-a", stored)).isEmpty();
        assertThat(idempotency.repeatOf("kash", null, "fp-a", stored)).isEmpty();
    }

    @Test
    void anotherCommandUnderTheSameIdIsRefusedAsAReusedId() {
        assertThatThrownBy(() -> idempotency.repeatOf("kash", "pay-7", "fp-b", stored))
                .isInstanceOf(CommandRejected.class)
                .hasMessageStartingWith("commandId pay-7 was already used in pool kash for a different command")
                .extracting(e -> ((CommandRejected) e).reason()).isEqualTo(CommandRejected.Reason.COMMAND_ID_REUSED);
    }

    @Test
    void withoutAFingerprintOnEitherSideTheIdAloneDecides() {
        assertThat(idempotency.repeatOf("kash", "old", "fp-b", stored)).isPresent();
        assertThat(idempotency.repeatOf("kash", "pay-7", null, stored)).isPresent();
    }

    @Test
    void aCommandAppliedInTheRunningUnitOfWorkIsARepeatUntilItEnds() {
        UnitOfWork<?> bulk = DefaultUnitOfWork.startAndGet(null);
        try {
            idempotency.applied("new-1", "fp-n", List.of("event-9"));

            assertThat(idempotency.repeatOf("kash", "new-1", "fp-n", AppliedCommands.NONE).orElseThrow().events())
                    .containsExactly("event-9");
            assertThatThrownBy(() -> idempotency.repeatOf("kash", "new-1", "fp-other", AppliedCommands.NONE))
                    .isInstanceOf(CommandRejected.class);
            assertThat(new Idempotency().repeatOf("other", "new-1", "fp-n", AppliedCommands.NONE))
                    .as("another pool's note").isEmpty();
        } finally {
            bulk.rollback();
        }
        DefaultUnitOfWork.startAndGet(null).execute(() -> assertThat(
                idempotency.repeatOf("kash", "new-1", "fp-n", AppliedCommands.NONE))
                .as("rolled back with its unit of work: nothing of it is stored").isEmpty());
    }

    private static AppliedCommands store(Map<String, AppliedCommands.AppliedCommand> commands) {
        return (poolId, commandId) -> Optional.ofNullable(commands.get(commandId));
    }
}
