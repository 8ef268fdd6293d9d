package io.stakingledger.app.store;

import io.stakingledger.core.common.CommandRejected;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A store that took one durable commit per row holds far more file than data; the compaction gives the space
 * back and keeps every row. A missing store and a store that is not an H2 file are refused.
 */
class StoreCompactionTest {

    @TempDir
    Path dir;

    private String url() {
        return "jdbc:h2:file:" + dir.resolve("ledger") + ";DB_CLOSE_ON_EXIT=FALSE";
    }

    @Test
    void aStoreWrittenOneCommitARowShrinksAndKeepsEveryRow() throws Exception {
        String digestBefore;
        try (Connection store = DriverManager.getConnection(H2Durability.durable(url()), "sa", "")) {
            store.createStatement().execute("CREATE TABLE rows (id BIGINT PRIMARY KEY, body VARCHAR(1000))");
            try (PreparedStatement insert = store.prepareStatement("INSERT INTO rows VALUES (?, ?)")) {
                for (int i = 0; i < 3_000; i++) {
                    insert.setLong(1, i);
                    insert.setString(2, "row " + i + " ".repeat(200));
                    insert.executeUpdate();
                }
            }
            digestBefore = digest(store);
        }

        StoreCompaction.Result result = StoreCompaction.compact(url());

        assertThat(result.bytesAfter()).as("bytes after, before: " + result.bytesBefore())
                .isLessThan(result.bytesBefore() / 4);
        try (Connection store = DriverManager.getConnection(H2Durability.durable(url()), "sa", "")) {
            assertThat(digest(store)).isEqualTo(digestBefore);
        }
    }

    private static String digest(Connection store) throws SQLException {
        try (ResultSet rows = store.createStatement().executeQuery(
                "SELECT COUNT(*), SUM(id), SUM(LENGTH(body)), MAX(body) FROM rows")) {
            rows.next();
            return rows.getLong(1) + "/" + rows.getLong(2) + "/" + rows.getLong(3) + "/" + rows.getString(4);
        }
    }

    @Test
    void aMissingStoreAndAnotherDatabaseAreRefused() throws Exception {
        assertThatThrownBy(() -> StoreCompaction.compact(url()))
                .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getErrorCode()).isEqualTo(90146));
        assertThatThrownBy(() -> StoreCompaction.compact("jdbc:postgresql://127.0.0.1/ledger"))
                .isInstanceOf(CommandRejected.class).hasMessageContaining("only an embedded H2 file store");
        // a store in use by another process is H2's error 90020, which scripts/ledger answers with exit 69 as for
        // every tool (CommandLineTool); within one process H2 shares the open store instead
    }
}
