package io.stakingledger.app.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stakingledger.app.api.LedgerService;
import io.stakingledger.core.common.CommandRejected;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One client: sends every line of a generated batch file to {@link LedgerService} in-process, the way
 * the batch runner does (parse the line, read its fields, send the command through Axon into the store,
 * views pulled before each command), and counts what was accepted and rejected.
 */
final class Ingest {

    private final LedgerService ledger;
    private final ObjectMapper mapper;

    Ingest(LedgerService ledger, ObjectMapper mapper) {
        this.ledger = ledger;
        this.mapper = mapper;
    }

    Outcome run(Path file) {
        Outcome outcome = new Outcome();
        long started = System.nanoTime();
        try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = lines.readLine()) != null) {
                ObjectNode node = (ObjectNode) mapper.readTree(line);
                String type = node.get("type").asText();
                long before = System.nanoTime();
                try {
                    node.remove("type");
                    if (type.equals("CreatePool")) {
                        ledger.create(node, false);
                    } else {
                        String pool = node.remove("pool").asText();
                        ledger.execute(pool, type, node, false);
                    }
                    outcome.accepted++;
                } catch (CommandRejected rejected) {
                    outcome.reject(type, rejected);
                }
                if (type.equals("CloseEpoch")) {
                    outcome.closeEpochMillis.add((System.nanoTime() - before) / 1e6);
                }
                outcome.byType.merge(type, 1L, Long::sum);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        outcome.seconds = (System.nanoTime() - started) / 1e9;
        return outcome;
    }

    static final class Outcome {
        long accepted;
        long rejected;
        double seconds;
        double cpuSeconds = Double.NaN;
        final Map<String, Long> byType = new TreeMap<>();
        final Map<String, Long> rejections = new TreeMap<>();
        final List<String> examples = new ArrayList<>();
        final List<Double> closeEpochMillis = new ArrayList<>();

        long commands() {
            return accepted + rejected;
        }

        void reject(String type, CommandRejected rejected) {
            this.rejected++;
            rejections.merge(type + " " + rejected.reason(), 1L, Long::sum);
            if (examples.size() < 5) {
                examples.add(type + ": " + rejected.getMessage());
            }
        }

        void add(Outcome other) {
            accepted += other.accepted;
            rejected += other.rejected;
            other.byType.forEach((k, v) -> byType.merge(k, v, Long::sum));
            other.rejections.forEach((k, v) -> rejections.merge(k, v, Long::sum));
            for (String e : other.examples) {
                if (examples.size() < 5) {
                    examples.add(e);
                }
            }
            closeEpochMillis.addAll(other.closeEpochMillis);
        }

        JsonNode toJson(ObjectMapper mapper) {
            ObjectNode node = mapper.createObjectNode();
            node.put("commands", commands());
            node.put("accepted", accepted);
            node.put("rejected", rejected);
            node.put("seconds", Bench.round(seconds, 3));
            node.put("commandsPerSecond", Bench.round(commands() / seconds, 1));
            node.put("processCpuSeconds", Bench.round(cpuSeconds, 3));
            node.put("commandsPerProcessCpuSecond", Bench.round(commands() / cpuSeconds, 1));
            node.set("byType", mapper.valueToTree(byType));
            node.set("rejections", mapper.valueToTree(rejections));
            node.set("rejectionExamples", mapper.valueToTree(examples));
            return node;
        }
    }
}
