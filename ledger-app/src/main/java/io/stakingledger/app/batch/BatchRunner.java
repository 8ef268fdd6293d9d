package io.stakingledger.app.batch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stakingledger.app.api.CreatePoolRequest;
import io.stakingledger.app.api.JsonErrors;
import io.stakingledger.app.api.LedgerService;
import io.stakingledger.app.api.PointInTime;
import io.stakingledger.app.api.ViewRequest;
import io.stakingledger.app.history.AccountStatements;
import io.stakingledger.app.reports.PeriodReports;
import io.stakingledger.app.reports.ReconciliationReport;
import io.stakingledger.app.reports.ReportCsv;
import io.stakingledger.core.common.CommandRejected;
import io.stakingledger.projections.reports.RewardsReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * Executes the batch file format of SPEC.md: one JSON object per line, a command ({@code type}) or a
 * query ({@code query}). Prints one JSON line per query and one {@code {"line": n, "rejected": ...}}
 * line per rejected command, and goes on after a rejection. Line numbers count from 1, blank lines
 * included.
 */
@Component
public class BatchRunner {

    private static final Logger log = LoggerFactory.getLogger(BatchRunner.class);

    private final LedgerService ledger;
    private final AccountStatements statements;
    private final PeriodReports reports;
    private final ObjectMapper mapper;

    public BatchRunner(LedgerService ledger, AccountStatements statements, PeriodReports reports, ObjectMapper mapper) {
        this.ledger = ledger;
        this.statements = statements;
        this.reports = reports;
        this.mapper = mapper;
    }

    /** Runs the lines of {@code text} and returns the output lines (tests, embedding). */
    public java.util.List<String> run(String text) {
        java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(buffer, true, java.nio.charset.StandardCharsets.UTF_8)) {
            run(new BufferedReader(new java.io.StringReader(text)), out);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        String output = buffer.toString(java.nio.charset.StandardCharsets.UTF_8);
        return output.isEmpty() ? java.util.List.of() : java.util.List.of(output.split("\n"));
    }

    /** Runs every line of {@code input}; returns the number of rejected lines. */
    public int run(BufferedReader input, PrintStream out) throws IOException {
        int lineNumber = 0;
        int rejected = 0;
        String line;
        while ((line = input.readLine()) != null) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            try {
                ObjectNode answer = runLine(line, lineNumber);
                if (answer != null) {
                    out.println(mapper.writeValueAsString(answer));
                }
            } catch (CommandRejected rejection) {
                rejected++;
                out.println(mapper.writeValueAsString(rejection(lineNumber, rejection.getMessage())));
            } catch (RuntimeException unexpected) {
                rejected++;
                log.error("line {} failed", lineNumber, unexpected);
                out.println(mapper.writeValueAsString(rejection(lineNumber, "internal error: " + unexpected)));
            }
            out.flush();
        }
        return rejected;
    }

    private ObjectNode runLine(String line, int lineNumber) {
        JsonNode node;
        try {
            node = mapper.readTree(line);
        } catch (JsonProcessingException e) {
            throw CommandRejected.invalid("malformed JSON: " + JsonErrors.describe(e));
        }
        if (!(node instanceof ObjectNode object)) {
            throw CommandRejected.invalid("a line must be a JSON object");
        }
        if (object.hasNonNull("query")) {
            return query(object, lineNumber);
        }
        if (!object.hasNonNull("type")) {
            throw CommandRejected.invalid("a line needs \"type\" (a command) or \"query\"");
        }
        String type = object.get("type").asText();
        if (type.equals("CreatePool")) {
            ledger.create(read(object, CreatePoolRequest.class), false);
        } else {
            ledger.execute(text(object, "pool"), type, object, false);
        }
        return null;
    }

    private ObjectNode query(ObjectNode line, int lineNumber) {
        String name = line.get("query").asText();
        Map<String, String> parameters = new HashMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = line.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (!field.getValue().isNull() && !field.getValue().isContainerNode()) {
                parameters.put(field.getKey(), field.getValue().asText());
            }
        }
        String pool = text(line, "pool");
        if (name.equals("rewardsReport") || name.equals("reconciliationReport")) {
            return report(name, pool, parameters, lineNumber);
        }
        String account = parameters.remove("account");
        String at = parameters.remove("at");
        PointInTime when = PointInTime.parse(parameters.remove("asOf"), parameters.remove("asOfEpoch"));
        parameters.remove("query");
        parameters.remove("pool");
        ViewRequest request = new ViewRequest(pool, account, ViewRequest.parseInstant(at), parameters);
        if (name.equals("statement") && !when.isNow()) {
            throw CommandRejected.invalid("a statement lists the account's whole history; asOf and asOfEpoch do not apply");
        }
        Object view = name.equals("statement")
                ? statements.statement(pool, request.requireAccount())
                : ledger.view(name, request, when);
        ObjectNode answer = mapper.createObjectNode();
        answer.put("line", lineNumber);
        answer.put("query", name);
        JsonNode body = mapper.valueToTree(view);
        if (body instanceof ObjectNode object) {
            answer.setAll(object);
        } else {
            answer.set("result", body);
        }
        return answer;
    }

    /**
     * {@code rewardsReport} ({@code from}, {@code to}, optional {@code account}) and {@code reconciliationReport}
     * ({@code from}, {@code to}); with {@code "format":"csv"} the answer carries the CSV text as {@code csv}.
     */
    private ObjectNode report(String name, String pool, Map<String, String> parameters, int lineNumber) {
        PeriodReports.Period period = PeriodReports.Period.parse(parameters.get("from"), parameters.get("to"));
        String format = parameters.getOrDefault("format", "json");
        if (!format.equals("json") && !format.equals("csv")) {
            throw CommandRejected.invalid("format is json or csv, got " + format);
        }
        Object report = name.equals("rewardsReport")
                ? reports.rewards(pool, period, parameters.get("account"))
                : reports.reconciliation(pool, period);
        ObjectNode answer = mapper.createObjectNode();
        answer.put("line", lineNumber);
        answer.put("query", name);
        if (format.equals("csv")) {
            answer.put("pool", pool);
            answer.put("csv", report instanceof RewardsReport rewards
                    ? ReportCsv.rewards(rewards, mapper) : ReportCsv.reconciliation((ReconciliationReport) report));
        } else {
            answer.setAll((ObjectNode) mapper.valueToTree(report));
        }
        return answer;
    }

    private <T> T read(ObjectNode node, Class<T> type) {
        try {
            return mapper.treeToValue(node, type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw CommandRejected.invalid(JsonErrors.describe(e));
        }
    }

    private static String text(ObjectNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull() || value.asText().isBlank()) {
            throw CommandRejected.invalid(field + " is required");
        }
        return value.asText();
    }

    private ObjectNode rejection(int lineNumber, String reason) {
        ObjectNode node = mapper.createObjectNode();
        node.put("line", lineNumber);
        node.put("rejected", reason);
        return node;
    }
}
