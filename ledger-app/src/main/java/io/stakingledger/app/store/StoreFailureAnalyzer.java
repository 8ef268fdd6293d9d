package io.stakingledger.app.store;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;

/** Says in a few lines why the ledger refused a store at start, instead of a stack trace. */
public class StoreFailureAnalyzer extends AbstractFailureAnalyzer<StoreBehindCheckpoint> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, StoreBehindCheckpoint cause) {
        return new FailureAnalysis(
                "The store holds less history than its checkpoint recorded, or different history:\n  - "
                        + String.join("\n  - ", cause.differences())
                        + "\nThe ledger does not start on a store that lost acknowledged events.",
                "Restore the store from a backup that contains this history, or, if an older store is being "
                        + "restored on purpose, move the checkpoint " + cause.checkpoint() + " aside and start again.",
                cause);
    }
}
