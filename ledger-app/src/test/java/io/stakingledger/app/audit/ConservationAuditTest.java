package io.stakingledger.app.audit;

import io.stakingledger.core.common.ProgramState;
import io.stakingledger.core.pointsboost.PointsBoostState;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConservationAuditTest {

    /** The state of a program the ledger does not run. */
    static final class Stranger implements ProgramState {
        @Override
        public void evolve(Object event) {
        }

        @Override
        public String poolId() {
            return "p";
        }

        @Override
        public Instant lastAt() {
            return Instant.EPOCH;
        }
    }

    @Test
    void aStateOfAnUnknownProgramFailsTheAuditInsteadOfPassingWithNoLaw() {
        assertThatThrownBy(() -> ConservationAudit.check(new Stranger()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("conservation laws are unknown");
    }

    @Test
    void aKnownProgramIsCheckedAgainstItsDefinitionsLaws() {
        assertThat(ConservationAudit.check(new PointsBoostState()))
                .extracting(ConservationCheck::law)
                .containsExactly("Σ account stakes = pool total staked");
    }
}
