package io.stakingledger.app.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.stakingledger.app.store.DurableCommits;
import io.stakingledger.app.store.LedgerStore;
import org.flywaydb.core.Flyway;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The raw limit of appending on this machine: the event rows the ledger stored for some pools, read back
 * from its store, appended again with plain JDBC to a fresh store of the same schema (the ledger's Flyway
 * migrations) at the same durability — one transaction per command (the rows of one command share
 * Axon's {@code correlationId}), committed, and on an H2 file flushed to disk before the next command
 * through the ledger's own {@link DurableCommits} (group commit across writers, as in the server). On
 * PostgreSQL the commit itself waits for the write-ahead log flush. One writer per pool, no framework.
 */
final class RawAppend {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String COLUMNS = "aggregateIdentifier, sequenceNumber, type, eventIdentifier, metaData, "
            + "payload, payloadRevision, payloadType, timeStamp";

    /** One stored event row, as the ledger wrote it. */
    record Row(String aggregate, long sequence, String type, String eventId, String metaData, String payload,
               String revision, String payloadType, String timeStamp) {
    }

    private RawAppend() {
    }

    /** The first {@code commands} commands' rows of {@code pool}, grouped by command, in the pool's order. */
    static List<List<Row>> commandsOf(Connection store, String pool, int commands) throws SQLException, IOException {
        List<List<Row>> groups = new ArrayList<>();
        String current = null;
        try (PreparedStatement select = store.prepareStatement("SELECT " + COLUMNS
                + " FROM DomainEventEntry WHERE aggregateIdentifier = ? ORDER BY sequenceNumber")) {
            select.setString(1, pool);
            select.setFetchSize(1_000);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    Row row = new Row(rows.getString(1), rows.getLong(2), rows.getString(3), rows.getString(4),
                            rows.getString(5), rows.getString(6), rows.getString(7), rows.getString(8), rows.getString(9));
                    String command = JSON.readTree(row.metaData()).path("correlationId").asText(row.eventId());
                    if (!Objects.equals(command, current)) {
                        if (groups.size() == commands) {
                            break;
                        }
                        groups.add(new ArrayList<>());
                        current = command;
                    }
                    groups.get(groups.size() - 1).add(row);
                }
            }
        }
        return groups;
    }

    /** Creates the ledger's schema in an empty database. */
    static void migrate(String url, String user, String password) {
        Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration").load().migrate();
    }

    /**
     * Appends each writer's commands on its own connection, all writers at once; the first
     * {@code warmupFraction} of each writer's completed commands are warm-up; writers stop after {@code limit}. {@code durable} is null on PostgreSQL.
     */
    static HttpLoad.Result append(String name, String url, String user, String password, DurableCommits durable,
                                  List<List<List<Row>>> writers, double warmupFraction, int windows,
                                  java.time.Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(writers.size());
        List<Future<HttpLoad.Trace>> futures = new ArrayList<>();
        for (List<List<Row>> commands : writers) {
            futures.add(pool.submit(() -> writer(url, user, password, durable, commands, warmupFraction, deadline)));
        }
        List<HttpLoad.Trace> traces = new ArrayList<>();
        try {
            for (Future<HttpLoad.Trace> f : futures) {
                traces.add(f.get());
            }
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("raw append " + name + " failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return HttpLoad.summarise(name, traces, windows);
    }

    /** A DurableCommits for an H2 file URL, flushing after each commit like the server's; null otherwise. */
    static DurableCommits durableFor(String url) {
        return url.startsWith("jdbc:h2:") ? new DurableCommits(new LedgerStore(url, "", ""), true) : null;
    }

    /**
     * The raw limit of an import: {@code commands} appended by one writer in transactions of {@code chunk}
     * commands, each committed and (on an H2 file) flushed to disk before the next, as {@code scripts/ledger import}
     * stores its chunks. Returns the commands appended per second.
     */
    static double appendInChunks(String url, String user, String password, DurableCommits durable,
                                 List<List<Row>> commands, int chunk) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, user, password);
             PreparedStatement insert = connection.prepareStatement("INSERT INTO DomainEventEntry (" + COLUMNS
                     + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            connection.setAutoCommit(false);
            long started = System.nanoTime();
            for (int from = 0; from < commands.size(); from += chunk) {
                for (List<Row> command : commands.subList(from, Math.min(commands.size(), from + chunk))) {
                    for (Row row : command) {
                        bind(insert, row);
                        insert.addBatch();
                    }
                }
                insert.executeBatch();
                connection.commit();
                if (durable != null) {
                    durable.awaitDurable();
                }
            }
            return commands.size() / ((System.nanoTime() - started) / 1e9);
        }
    }

    private static void bind(PreparedStatement insert, Row row) throws SQLException {
        insert.setString(1, row.aggregate());
        insert.setLong(2, row.sequence());
        insert.setString(3, row.type());
        insert.setString(4, row.eventId());
        insert.setString(5, row.metaData());
        insert.setString(6, row.payload());
        insert.setString(7, row.revision());
        insert.setString(8, row.payloadType());
        insert.setString(9, row.timeStamp());
    }

    private static HttpLoad.Trace writer(String url, String user, String password, DurableCommits durable,
                                         List<List<Row>> commands, double warmupFraction, long deadline)
            throws SQLException {
        HttpLoad.Trace trace = new HttpLoad.Trace(commands.size());
        trace.warmupFraction = warmupFraction;
        try (Connection connection = DriverManager.getConnection(url, user, password);
             PreparedStatement insert = connection.prepareStatement("INSERT INTO DomainEventEntry (" + COLUMNS
                     + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            connection.setAutoCommit(false);
            for (List<Row> command : commands) {
                if (System.nanoTime() > deadline) {
                    break;
                }
                long before = System.nanoTime();
                for (Row row : command) {
                    bind(insert, row);
                    insert.executeUpdate();
                }
                connection.commit();
                if (durable != null) {
                    durable.awaitDurable();
                }
                long after = System.nanoTime();
                trace.done[trace.count] = after;
                trace.nanos[trace.count] = after - before;
                trace.status[trace.count] = 200;
                trace.count++;
            }
        }
        return trace;
    }
}
