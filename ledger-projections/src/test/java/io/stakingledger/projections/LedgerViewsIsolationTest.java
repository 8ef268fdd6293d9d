package io.stakingledger.projections;

import io.stakingledger.core.common.PoolEvent;
import io.stakingledger.core.common.ProgramState;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** One pool whose events cannot be applied stops only that pool's views, never the others'. */
class LedgerViewsIsolationTest {

    private static final Instant AT = Instant.parse("2026-01-01T00:00:00Z");

    record Opened(String poolId, Instant at) implements PoolEvent {
    }

    record Counted(String poolId, Instant at) implements PoolEvent {
    }

    record Poison(String poolId, Instant at) implements PoolEvent {
    }

    /** A read model counting its pool's events, that cannot apply {@link Poison}. */
    static final class Counter implements PoolReadModel, ProgramState {
        private String poolId;
        private int count;

        @Override
        public String program() {
            return "counter";
        }

        @Override
        public ProgramState state() {
            return this;
        }

        @Override
        public void apply(Object event) {
            evolve(event);
        }

        @Override
        public void evolve(Object event) {
            if (event instanceof Poison) {
                throw new ArithmeticException("Overflow");
            }
            if (event instanceof Opened opened) {
                poolId = opened.poolId();
            }
            count++;
        }

        @Override
        public String poolId() {
            return poolId;
        }

        @Override
        public Instant lastAt() {
            return AT;
        }
    }

    private static LedgerViews views() {
        LedgerViews views = new LedgerViews();
        views.register(Opened.class, Counter::new);
        return views;
    }

    @Test
    void aPoolThatCannotApplyAnEventIsMarkedAndItsLaterEventsAreSkipped() {
        LedgerViews views = views();
        views.apply(new Opened("bad", AT));
        views.apply(new Poison("bad", AT));
        views.apply(new Counted("bad", AT));

        assertThat(views.failures()).containsOnlyKeys("bad");
        assertThat(views.failures().get("bad")).isEqualTo("its Poison at 2026-01-01T00:00:00Z could not be applied");
        assertThatThrownBy(() -> views.read("bad", Counter.class, counter -> counter.count))
                .isInstanceOf(PoolUnreadable.class)
                .hasMessage("pool bad cannot be shown: its Poison at 2026-01-01T00:00:00Z could not be applied");
    }

    @Test
    void theOtherPoolsGoOnBeingFed() {
        LedgerViews views = views();
        views.apply(new Opened("good", AT), 1);
        views.apply(new Opened("bad", AT), 2);
        views.apply(new Poison("bad", AT), 3);
        views.apply(new Counted("good", AT), 4);

        int count = views.read("good", Counter.class, counter -> counter.count);
        assertThat(count).isEqualTo(2);
        assertThat(views.position()).isEqualTo(4);
    }

    @Test
    void aRebuildStartsWithoutFailures() {
        LedgerViews views = views();
        views.apply(new Opened("bad", AT));
        views.apply(new Poison("bad", AT));
        views.reset();
        views.apply(new Opened("bad", AT));

        assertThat(views.failures()).isEmpty();
        int count = views.read("bad", Counter.class, counter -> counter.count);
        assertThat(count).isEqualTo(1);
    }
}
