package io.stakingledger.app.history;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stakingledger.app.security.Access;
import io.stakingledger.app.security.Permission;
import io.stakingledger.app.api.Query;
import io.stakingledger.core.common.CommandRejected;
import io.stakingledger.core.common.Quote;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** REST surface of the ledger's history: account statements and the export of every stored event. */
@RestController
public class HistoryController {

    public static final MediaType NDJSON = MediaType.parseMediaType("application/x-ndjson");
    private static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

    private final AccountStatements statements;
    private final EventExport export;
    private final Access access;

    public HistoryController(AccountStatements statements, EventExport export, Access access) {
        this.statements = statements;
        this.export = export;
        this.access = access;
    }

    @GetMapping("/api/pools/{pool}/accounts/{account}/statement")
    @Operation(summary = "Every event that touched the account, in order, with its position after each "
            + "(format=json, the default, or format=csv: one row per event)")
    @Parameter(name = "format", in = ParameterIn.QUERY, description = "json (the default) or csv")
    public ResponseEntity<?> statement(@PathVariable String pool, @PathVariable String account,
                                       HttpServletRequest request) {
        access.readAccount(pool, account);
        String format = Query.of(request, Set.of("format")).getOrDefault("format", "json");
        if (!format.equals("json") && !format.equals("csv")) {
            throw CommandRejected.invalid("format is json or csv, got " + Quote.of(format));
        }
        AccountStatement statement = statements.statement(pool, account);
        return switch (format) {
            case "json" -> ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(statement);
            case "csv" -> ResponseEntity.ok().contentType(CSV)
                    .header("Content-Disposition", "inline; filename=\"" + pool + "-" + account + "-statement.csv\"")
                    .body(StatementCsv.write(statement));
            default -> throw new IllegalStateException("format was checked above");
        };
    }

    @GetMapping("/api/events")
    @Operation(summary = "Stored events of every pool in global order as NDJSON (cursor, pool, type, revision, at, "
            + "payload, hash, actor); ask again with after = the last cursor for the next page")
    @Parameter(name = "after", in = ParameterIn.QUERY, description = "continue after this cursor (0: from the first event)")
    @Parameter(name = "limit", in = ParameterIn.QUERY, description = "at most this many events (1 to 10000)")
    public ResponseEntity<StreamingResponseBody> events(HttpServletRequest request) {
        access.requireWholeLedger(Permission.EVENTS_EXPORT, "exporting the events");
        Map<String, String> query = Query.of(request, Set.of("after", "limit"));
        long after = Cursor.parse("after", query.getOrDefault("after", "0"), Long.MAX_VALUE);
        int limit = (int) Cursor.parse("limit", query.getOrDefault("limit", "1000"), EventExport.MAX_PAGE);
        // Read before answering, so a bad cursor or limit is a problem response rather than a cut-off stream.
        List<ObjectNode> page = export.page(after, limit);
        StreamingResponseBody body = out -> {
            for (ObjectNode line : page) {
                out.write(export.bytes(line));
                out.write('\n');
            }
        };
        return ResponseEntity.ok().contentType(NDJSON).body(body);
    }
}
