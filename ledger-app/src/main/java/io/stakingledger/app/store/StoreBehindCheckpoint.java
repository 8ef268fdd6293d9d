package io.stakingledger.app.store;

import java.nio.file.Path;
import java.util.List;

/** The store holds less than, or something else than, its checkpoint recorded: the ledger will not start on it. */
public class StoreBehindCheckpoint extends RuntimeException {

    private final Path checkpoint;
    private final List<String> differences;

    public StoreBehindCheckpoint(Path checkpoint, List<String> differences) {
        super("the store has lost or changed history recorded in its checkpoint " + checkpoint + ": "
                + String.join("; ", differences));
        this.checkpoint = checkpoint;
        this.differences = List.copyOf(differences);
    }

    public Path checkpoint() {
        return checkpoint;
    }

    public List<String> differences() {
        return differences;
    }
}
