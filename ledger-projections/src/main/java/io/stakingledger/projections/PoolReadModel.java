package io.stakingledger.projections;

import io.stakingledger.core.common.ProgramState;

/**
 * The read model of one pool: its program's state fold plus whatever history its views list.
 * Implementations are confined to one writer (the view processor); readers go through
 * {@link LedgerViews#read}, which holds the model's lock. Serializable, with everything it holds, so that the
 * views can be checkpointed to disk and a restart need not fold the whole history again.
 */
public interface PoolReadModel extends java.io.Serializable {

    String program();

    ProgramState state();

    void apply(Object event);
}
