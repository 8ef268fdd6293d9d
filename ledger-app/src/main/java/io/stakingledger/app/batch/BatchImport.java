package io.stakingledger.app.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stakingledger.app.api.CommandCheck;
import io.stakingledger.app.api.JsonInput;
import io.stakingledger.app.api.LedgerGateway;
import io.stakingledger.app.api.LedgerService;
import io.stakingledger.core.common.CommandRejected;
import io.stakingledger.core.common.Inputs;
import io.stakingledger.core.common.Quote;
import org.axonframework.commandhandling.CommandMessage;
import io.stakingledger.app.store.LedgerStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code scripts/ledger import FILE}: loads a whole batch-format history (docs/domain/README.md, "Batch file format") into
 * the configured store through the path of an atomic bulk ({@link LedgerGateway#sendAtomically}): the
 * command lines are read strictly, as the batch runner reads them, and stored in chunks of
 * {@code ledger.import.chunk} commands, each chunk one transaction with one flush to disk. A
 * {@code CreatePool} line ends the chunk before it and is stored on its own. Query lines are skipped.
 *
 * <p>The import stops at the first rejected line: nothing of that line's chunk is stored, every earlier
 * chunk is. A command line without a {@code commandId} is given one from its line number ({@code line-<n>}),
 * so running the same file again answers the stored lines as duplicates and goes on from the first line not
 * stored; a stored line whose text changed since is refused as a reused id, never applied a second time.
 */
@Component
public class BatchImport {

    /** H2's default cache of an identity column's values. */
    private static final int H2_IDENTITY_CACHE = 32;

    private final LedgerService ledger;
    private final LedgerGateway gateway;
    private final int chunkSize;
    private final AtomicLong done = new AtomicLong();
    private final Optional<JdbcTemplate> h2;

    public BatchImport(LedgerService ledger, LedgerGateway gateway,
                       @Value("${ledger.import.chunk:1000}") int chunkSize) {
        this(ledger, gateway, chunkSize, null, null);
    }

    @Autowired
    public BatchImport(LedgerService ledger, LedgerGateway gateway,
                       @Value("${ledger.import.chunk:1000}") int chunkSize, LedgerStore store, JdbcTemplate jdbc) {
        this.ledger = ledger;
        this.gateway = gateway;
        this.chunkSize = Math.max(1, chunkSize);
        this.h2 = store != null && store.h2File().isPresent() ? Optional.of(jdbc) : Optional.empty();
    }

    /** What an import did. */
    public record Summary(long lines, long commands, long duplicates, long queriesSkipped, long chunks) {
    }

    /** The import stopped at line {@code line}; lines before {@code firstNotStored} are stored. */
    public static final class Stopped extends RuntimeException {

        private final long line;
        private final long firstNotStored;

        Stopped(long line, long firstNotStored, String reason) {
            super("line " + line + " rejected: " + reason + ". Stored: every command before line " + firstNotStored
                    + "; nothing from line " + firstNotStored + " on. Fix the line and run the same file again: the "
                    + "stored lines answer as duplicates");
            this.line = line;
            this.firstNotStored = firstNotStored;
        }

        public long line() {
            return line;
        }

        public long firstNotStored() {
            return firstNotStored;
        }
    }

    /** Lines read so far, for the progress line. */
    public long linesDone() {
        return done.get();
    }

    /**
     * Imports every line of {@code input}. On an H2 file the global index's identity hands out values a
     * chunk at a time while the import runs: with H2's default cache of 32, every 32nd event made H2 write
     * its whole store to disk to persist the sequence (half of the insert time, measured with JFR). The cache
     * is set back afterwards; an import killed meanwhile leaves at most one chunk of unused index values (a
     * gap the views' tracking handles).
     */
    public Summary run(Reader input) throws IOException {
        h2.ifPresent(jdbc -> identityCache(jdbc, Math.max(H2_IDENTITY_CACHE, chunkSize * 2)));
        try {
            return importLines(input);
        } finally {
            h2.ifPresent(jdbc -> identityCache(jdbc, H2_IDENTITY_CACHE));
        }
    }

    private static void identityCache(JdbcTemplate jdbc, int size) {
        jdbc.execute("ALTER TABLE DomainEventEntry ALTER COLUMN globalIndex SET CACHE " + size);
    }

    private Summary importLines(Reader input) throws IOException {
        BoundedLines lines = new BoundedLines(input, BatchRunner.MAX_LINE_CHARS);
        Chunk chunk = new Chunk();
        Map<String, String> programs = new HashMap<>();
        long lineNumber = 0;
        long commands = 0;
        long queries = 0;
        String line;
        while ((line = lines.next()) != null) {
            lineNumber++;
            done.set(lineNumber);
            if (line.isBlank()) {
                continue;
            }
            try {
                if (lines.lastWasTooLong()) {
                    throw CommandRejected.invalid("the line is longer than " + BatchRunner.MAX_LINE_CHARS + " characters");
                }
                ObjectNode object = JsonInput.object(line, "a line");
                if (object.has("query")) {
                    queries++;
                    continue;
                }
                String type = typeOf(object);
                ObjectNode fields = object.deepCopy();
                fields.remove("type");
                if (!fields.has("commandId")) {
                    fields.put("commandId", derivedId(lineNumber));
                }
                commands++;
                if (type.equals("CreatePool")) {
                    chunk.store(lineNumber);
                    programs.put(Inputs.identifier("pool", text(fields, "pool")), text(fields, "program"));
                    ledger.create(fields, false);
                    chunk.restartAfter(lineNumber);
                    continue;
                }
                String pool = Inputs.identifier("pool", text(fields, "pool"));
                fields.remove("pool");
                String program = programs.computeIfAbsent(pool, ledger::programIdOf);
                chunk.add(lineNumber, ledger.prepare(program, pool, type, fields, false, CommandCheck.NONE).message());
                if (chunk.size() >= chunkSize) {
                    chunk.store(lineNumber + 1);
                }
            } catch (CommandRejected rejected) {
                throw new Stopped(lineNumber, chunk.firstLine(lineNumber), rejected.getMessage());
            }
        }
        chunk.store(lineNumber + 1);
        return new Summary(lineNumber, commands, chunk.duplicates, queries, chunk.chunks);
    }

    /** Commands read but not stored yet, with their line numbers. */
    private final class Chunk {

        private final List<CommandMessage<?>> messages = new ArrayList<>();
        private final List<Long> lineNumbers = new ArrayList<>();
        private long firstLine = 1;
        long duplicates;
        long chunks;

        void add(long line, CommandMessage<?> message) {
            messages.add(message);
            lineNumbers.add(line);
        }

        int size() {
            return messages.size();
        }

        /** The first line not stored if the current line fails. */
        long firstLine(long current) {
            return messages.isEmpty() ? Math.min(firstLine, current) : firstLine;
        }

        /** Stores the chunk in one transaction; {@code next} is the first line after it. */
        void store(long next) {
            if (!messages.isEmpty()) {
                try {
                    gateway.sendAtomically("of the import", messages, (index, outcome) -> {
                        if (outcome.duplicate()) {
                            duplicates++;
                        }
                        return outcome;
                    });
                } catch (LedgerGateway.FailedInBulk failed) {
                    String reason = failed.failure() instanceof CommandRejected rejected ? rejected.getMessage()
                            : failed.failure().toString();
                    if (!(failed.failure() instanceof CommandRejected)) {
                        throw failed.failure();
                    }
                    throw new Stopped(lineNumbers.get(failed.index()), firstLine, reason);
                }
                chunks++;
                messages.clear();
                lineNumbers.clear();
            }
            firstLine = next;
        }

        void restartAfter(long line) {
            firstLine = line + 1;
        }
    }

    /**
     * The id of a line without one: its line number. A line changed after it was stored is then refused as a
     * reused id (its fingerprint differs) instead of being applied as a new command.
     */
    static String derivedId(long lineNumber) {
        return "line-" + lineNumber;
    }

    private static String typeOf(ObjectNode line) {
        JsonNode type = line.get("type");
        if (type == null || !type.isTextual() || !type.textValue().matches("[A-Za-z]{1,64}")) {
            throw CommandRejected.invalid("a line needs \"type\" (a command name)"
                    + (type != null && type.isTextual() ? ", got " + Quote.of(type.textValue()) : ""));
        }
        return type.textValue();
    }

    private static String text(ObjectNode fields, String name) {
        JsonNode value = fields.get(name);
        return value != null && value.isTextual() ? value.textValue() : null;
    }
}
