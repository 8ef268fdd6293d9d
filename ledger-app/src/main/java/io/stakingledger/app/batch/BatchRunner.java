package io.stakingledger.app.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stakingledger.app.api.JsonInput;
import io.stakingledger.app.api.LedgerService;
import io.stakingledger.app.api.PointInTime;
import io.stakingledger.app.api.ProblemHandler;
import io.stakingledger.app.api.ViewRequest;
import io.stakingledger.app.history.AccountStatements;
import io.stakingledger.app.reports.PeriodReports;
import io.stakingledger.app.reports.ReconciliationReport;
import io.stakingledger.app.reports.ReportCsv;
import io.stakingledger.core.common.CommandRejected;
import io.stakingledger.core.common.Inputs;
import io.stakingledger.core.common.Quote;
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
import java.util.Set;

/**
 * Executes the batch file format (docs/domain/README.md, "Batch file format"): one JSON object per line, a command ({@code type}) or a
 * query ({@code query}). Prints one JSON line per query and one {@code {"line": n, "rejected": ...}}
 * line per rejected command, and goes on after a rejection. Line numbers count from 1, blank lines
 * included. Lines are read as strictly as REST bodies ({@link JsonInput}, then each command's own
 * fields); a line longer than {@link #MAX_LINE_CHARS} is rejected without being held in memory.
 */
@Component
public class BatchRunner {

    /** Longest line read: the REST body limit. */
    public static final int MAX_LINE_CHARS = 65_536;

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
        BoundedLines lines = new BoundedLines(input, MAX_LINE_CHARS);
        String line;
        while ((line = lines.next()) != null) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            try {
                if (lines.lastWasTooLong()) {
                    throw CommandRejected.invalid("the line is longer than " + MAX_LINE_CHARS + " characters");
                }
                ObjectNode answer = runLine(line, lineNumber);
                if (answer != null) {
                    out.println(mapper.writeValueAsString(answer));
                }
            } catch (CommandRejected rejection) {
                rejected++;
                out.println(mapper.writeValueAsString(rejection(lineNumber, rejection.getMessage())));
            } catch (RuntimeException unexpected) {
                rejected++;
                String id = ProblemHandler.newErrorId();
                log.error("line {} failed ({})", lineNumber, id, unexpected);
                out.println(mapper.writeValueAsString(rejection(lineNumber,
                        "internal error: the line could not be run; the failure is logged as " + id)));
            }
            out.flush();
        }
        return rejected;
    }

    private ObjectNode runLine(String line, int lineNumber) {
        ObjectNode object = JsonInput.object(line, "a line");
        if (object.has("query")) {
            return query(object, lineNumber);
        }
        if (!object.has("type")) {
            throw CommandRejected.invalid("a line needs \"type\" (a command) or \"query\"");
        }
        String type = word(object, "type");
        ObjectNode fields = object.deepCopy();
        fields.remove("type");
        if (type.equals("CreatePool")) {
            ledger.create(fields, false);
        } else {
            String pool = Inputs.identifier("pool", scalar(object, "pool"));
            fields.remove("pool");
            ledger.execute(pool, type, fields, false);
        }
        return null;
    }

    private ObjectNode query(ObjectNode line, int lineNumber) {
        String name = word(line, "query");
        Map<String, String> parameters = new HashMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = line.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            parameters.put(field.getKey(), scalar(line, field.getKey()));
        }
        parameters.remove("query");
        String pool = Inputs.identifier("pool", parameters.remove("pool"));
        if (name.equals("rewardsReport") || name.equals("reconciliationReport")) {
            return report(name, pool, parameters, lineNumber);
        }
        String account = parameters.remove("account");
        String at = parameters.remove("at");
        PointInTime when = PointInTime.parse(parameters.remove("asOf"), parameters.remove("asOfEpoch"));
        ViewRequest request = new ViewRequest(pool, account, ViewRequest.parseInstant(at), parameters);
        Object view;
        if (name.equals("statement")) {
            if (!when.isNow() || at != null || !parameters.isEmpty()) {
                throw CommandRejected.invalid("a statement lists the account's whole history; it takes pool and "
                        + "account only (asOf, asOfEpoch and at do not apply)");
            }
            view = statements.statement(pool, request.requireAccount());
        } else {
            view = ledger.view(name, request, when);
        }
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
        Set<String> takes = name.equals("rewardsReport") ? Set.of("from", "to", "account", "format") : Set.of("from", "to", "format");
        for (String parameter : new java.util.TreeSet<>(parameters.keySet())) {
            if (!takes.contains(parameter)) {
                throw CommandRejected.invalid(name + " takes no parameter " + Quote.of(parameter) + "; it takes "
                        + String.join(", ", new java.util.TreeSet<>(takes)));
            }
        }
        if (parameters.get("account") != null) {
            Inputs.identifier("account", parameters.get("account"));
        }
        PeriodReports.Period period = PeriodReports.Period.parse(parameters.get("from"), parameters.get("to"));
        String format = parameters.getOrDefault("format", "json");
        if (!format.equals("json") && !format.equals("csv")) {
            throw CommandRejected.invalid("format is json or csv, got " + Quote.of(format));
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

    /** A routing word of the line ({@code type}, {@code query}): short printable text. */
    private static String word(ObjectNode line, String field) {
        JsonNode value = line.get(field);
        if (value == null || !value.isTextual() || value.textValue().isEmpty() || value.textValue().length() > 64
                || !value.textValue().chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw CommandRejected.invalid(field + " must be a command or query name, got "
                    + (value != null && value.isTextual() ? Quote.of(value.textValue()) : "no text"));
        }
        return value.textValue();
    }

    /** A query parameter or the pool: text or a number, as text; absent is null, anything else is refused. */
    private static String scalar(ObjectNode line, String field) {
        JsonNode value = line.get(field);
        if (value == null) {
            return null;
        }
        if (value.isTextual()) {
            return value.textValue();
        }
        if (value.isNumber()) {
            return value.isBigDecimal() || value.isFloatingPointNumber() ? value.decimalValue().toString() : value.asText();
        }
        throw CommandRejected.invalid("field " + field + ": must be text or a number");
    }

    private ObjectNode rejection(int lineNumber, String reason) {
        ObjectNode node = mapper.createObjectNode();
        node.put("line", lineNumber);
        node.put("rejected", reason);
        return node;
    }
}
