package io.stakingledger.app.audit;

import io.stakingledger.core.Programs;
import io.stakingledger.core.common.ProgramState;

import java.util.List;

/**
 * The conservation laws of a pool's program (its definition's invariants), checked on the pool's state
 * folded afresh from the store. A failed law means the stored history itself does not add up.
 */
public final class ConservationAudit {

    private ConservationAudit() {
    }

    /**
     * @throws IllegalStateException when no program folds this state: its laws are unknown, and an audit
     *                               that cannot check a pool must not report it as passing
     */
    public static List<ConservationCheck> check(ProgramState state) {
        return Programs.ofState(state)
                .orElseThrow(() -> new IllegalStateException("no program folds " + state.getClass().getName()
                        + ": its conservation laws are unknown, so the pool cannot pass an audit"))
                .invariantsOf(state).stream()
                .map(law -> ConservationCheck.of(law.law(), law.left(), law.right()))
                .toList();
    }
}
