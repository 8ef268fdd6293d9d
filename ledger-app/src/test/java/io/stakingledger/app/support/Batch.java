package io.stakingledger.app.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stakingledger.app.batch.BatchRunner;
import io.stakingledger.app.config.JsonConfiguration;

import java.io.UncheckedIOException;
import java.util.List;
import java.util.UUID;

/**
 * Runs batch text (docs/domain/README.md, "Batch file format") through the application and parses each output line.
 * Write lines with a {@code $pool} placeholder; {@link #run} replaces it with a pool id unique to the call.
 */
public final class Batch {

    private static final ObjectMapper JSON = JsonConfiguration.apiMapper();

    private final BatchRunner runner;

    public Batch(BatchRunner runner) {
        this.runner = runner;
    }

    public static String uniquePool(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Runs the lines as they are. */
    public List<JsonNode> runExactly(String lines) {
        return runner.run(lines).stream().map(Batch::parse).toList();
    }

    /** Runs the lines with every {@code $pool} replaced by {@code pool}. */
    public List<JsonNode> run(String pool, String lines) {
        return runExactly(lines.replace("$pool", pool));
    }

    private static JsonNode parse(String line) {
        try {
            return JSON.readTree(line);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
