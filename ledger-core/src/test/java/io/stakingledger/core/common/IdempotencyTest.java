package io.stakingledger.core.common;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A command id binds the command that first used it. */
class IdempotencyTest {

    private final Idempotency idempotency = new Idempotency();

    @Test
    void anIdenticalRepeatGetsTheFirstOutcome() {
        idempotency.record("pay-7", "fp-a", "event-1");
        idempotency.record("pay-7", "fp-a", "event-2");

        assertThatNoException().isThrownBy(() -> idempotency.requireSameCommand("kash", "pay-7", "fp-a"));
        assertThat(idempotency.outcomeOf("kash", "pay-7").events()).containsExactly("event-1", "event-2");
        assertThat(idempotency.outcomeOf("kash", "pay-7").duplicate()).isTrue();
    }

    @Test
    void anotherCommandUnderTheSameIdIsRefusedAsAReusedId() {
        idempotency.record("pay-7", "fp-a", "event-1");

        assertThatThrownBy(() -> idempotency.requireSameCommand("kash", "pay-7", "fp-b"))
                .isInstanceOf(CommandRejected.class)
                .hasMessageStartingWith("commandId pay-7 was already used in pool kash for a different command")
                .extracting(e -> ((CommandRejected) e).reason()).isEqualTo(CommandRejected.Reason.COMMAND_ID_REUSED);
    }

    @Test
    void withoutAFingerprintOnEitherSideTheIdAloneDecides() {
        idempotency.record("old", null, "event-1");
        idempotency.record("new", "fp-a", "event-2");

        assertThatNoException().isThrownBy(() -> idempotency.requireSameCommand("kash", "old", "fp-b"));
        assertThatNoException().isThrownBy(() -> idempotency.requireSameCommand("kash", "new", null));
    }
}
