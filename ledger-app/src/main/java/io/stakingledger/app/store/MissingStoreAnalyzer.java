package io.stakingledger.app.store;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

import java.sql.SQLException;

/** A command-line tool pointed at an H2 store that does not exist says so in one line. */
public class MissingStoreAnalyzer extends AbstractFailureAnalyzer<SQLException> {

    /** H2's "database not found, and IFEXISTS=TRUE". */
    private static final int DATABASE_NOT_FOUND_WITH_IF_EXISTS = 90146;

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, SQLException cause) {
        if (cause.getErrorCode() != DATABASE_NOT_FOUND_WITH_IF_EXISTS) {
            return null;
        }
        return new FailureAnalysis("There is no store there: " + firstLine(cause.getMessage()),
                "Point --db at an existing store (the default is the H2 file data/ledger.mv.db under the "
                        + "ledger's folder); a store is created by 'scripts/ledger serve'.", cause);
    }

    private static String firstLine(String message) {
        int end = message == null ? -1 : message.indexOf('\n');
        return end < 0 ? String.valueOf(message) : message.substring(0, end);
    }
}
