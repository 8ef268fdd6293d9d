package io.stakingledger.app.cli;

import io.stakingledger.app.store.StoreBehindCheckpoint;
import io.stakingledger.app.store.StoreCompaction;
import io.stakingledger.core.common.CommandRejected;
import org.springframework.boot.SpringApplication;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.sql.SQLException;
import java.util.Arrays;

/**
 * Runs the application as one of {@code scripts/ledger}'s one-shot tools (verify, replay, export, run, compact)
 * and turns any failure into one line on standard error and its own {@link ExitCode}, instead of a stack
 * trace whose cause is at the bottom.
 */
public final class CommandLineTool {

    private static final int H2_DATABASE_NOT_FOUND = 90146;
    private static final int H2_DATABASE_IN_USE = 90020;

    private CommandLineTool() {
    }

    /** Whether {@code args} start a one-shot tool rather than the server. */
    public static boolean isTool(String[] args) {
        return StoreCompaction.requested(args) || Arrays.stream(args).anyMatch(arg -> arg.startsWith("--ledger.cli=")
                || arg.startsWith("--ledger.export.file=") || arg.startsWith("--ledger.batch.file=")
                || arg.startsWith("--ledger.import.file="));
    }

    /** Runs the tool; never returns. */
    public static void run(Class<?> application, String[] args) {
        try {
            if (StoreCompaction.requested(args)) {
                StoreCompaction.run(args);
                System.exit(ExitCode.OK.code());
            }
            SpringApplication.run(application, args);
            // The tools exit from their runner; reaching here means none ran.
            fail(ExitCode.USAGE, "nothing to do: no tool was selected");
        } catch (Throwable failure) {
            Failure classified = classify(failure);
            fail(classified.code(), classified.message());
        }
    }

    /** What went wrong, in one line, and the exit code that says so. */
    record Failure(ExitCode code, String message) {
    }

    static Failure classify(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof StoreBehindCheckpoint behind) {
                return new Failure(ExitCode.HISTORY_BROKEN, behind.getMessage());
            }
            if (cause instanceof CommandRejected rejected) {
                return new Failure(rejected.reason() == CommandRejected.Reason.NOT_FOUND ? ExitCode.NOT_FOUND
                        : ExitCode.USAGE, rejected.getMessage());
            }
            if (cause instanceof SQLException sql && sql.getErrorCode() == H2_DATABASE_NOT_FOUND) {
                java.util.regex.Matcher path = java.util.regex.Pattern.compile("Database \"([^\"]*)\" not found")
                        .matcher(String.valueOf(sql.getMessage()));
                return new Failure(ExitCode.NOT_FOUND, "there is no store there"
                        + (path.find() ? ": no " + path.group(1) + ".mv.db" : "")
                        + " (a store is created by 'scripts/ledger serve')");
            }
            if (cause instanceof SQLException sql && sql.getErrorCode() == H2_DATABASE_IN_USE) {
                return new Failure(ExitCode.STORE_UNAVAILABLE, "the store is in use by another process (a running "
                        + "server?): stop it first, or use the REST API");
            }
            if (cause instanceof NoSuchFileException missing) {
                return new Failure(ExitCode.NOT_FOUND, "no such file: " + missing.getFile());
            }
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                return new Failure(ExitCode.STORE_UNAVAILABLE, "the store cannot be used: " + firstLine(sql.getMessage()));
            }
            if (cause instanceof IOException io) {
                return new Failure(ExitCode.CANNOT_WRITE, firstLine(io.getMessage()));
            }
        }
        failure.printStackTrace();
        return new Failure(ExitCode.INTERNAL, "unexpected failure (details above): " + firstLine(failure.getMessage()));
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no details";
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }

    private static void fail(ExitCode code, String message) {
        System.err.println("ledger: " + message);
        System.exit(code.code());
    }
}
