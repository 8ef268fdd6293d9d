package io.stakingledger.app.cli;

/**
 * The exit codes of {@code scripts/ledger}, one per kind of outcome so that scripts can tell them apart
 * (the numbers above 63 follow the BSD {@code sysexits} convention).
 */
public enum ExitCode {
    OK(0),
    /** verify found a broken chain, a broken law or a store behind its checkpoint; replay found a difference. */
    HISTORY_BROKEN(1),
    /** the command line was wrong. */
    USAGE(64),
    /** import stopped at a rejected line. */
    REJECTED(65),
    /** the store, the pool or the input file does not exist. */
    NOT_FOUND(66),
    /** the store cannot be opened: locked by a running server, unreachable, or failing. */
    STORE_UNAVAILABLE(69),
    /** an unexpected failure: a bug, reported with its details in the log. */
    INTERNAL(70),
    /** the output could not be written. */
    CANNOT_WRITE(74);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
