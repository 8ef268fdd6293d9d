package io.stakingledger.app.history;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stakingledger.app.security.Access;
import io.stakingledger.app.security.Permission;
import io.stakingledger.core.common.CommandRejected;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import java.util.List;

/** REST surface of the ledger's history: account statements and the export of every stored event. */
@RestController
public class HistoryController {

    public static final MediaType NDJSON = MediaType.parseMediaType("application/x-ndjson");
    private static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

    private final AccountStatements statements;
    private final EventExport export;
    private final ObjectMapper mapper;
    private final Access access;

    public HistoryController(AccountStatements statements, EventExport export, ObjectMapper mapper, Access access) {
        this.statements = statements;
        this.export = export;
        this.mapper = mapper;
        this.access = access;
    }

    @GetMapping("/api/pools/{pool}/accounts/{account}/statement")
    @Operation(summary = "Every event that touched the account, in order, with its position after each "
            + "(format=json, the default, or format=csv: one row per event)")
    public ResponseEntity<?> statement(@PathVariable String pool, @PathVariable String account,
                                       @RequestParam(defaultValue = "json") String format) {
        access.readAccount(pool, account);
        AccountStatement statement = statements.statement(pool, account);
        return switch (format) {
            case "json" -> ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(statement);
            case "csv" -> ResponseEntity.ok().contentType(CSV)
                    .header("Content-Disposition", "inline; filename=\"" + pool + "-" + account + "-statement.csv\"")
                    .body(StatementCsv.write(statement));
            default -> throw CommandRejected.invalid("format is json or csv, got " + format);
        };
    }

    @GetMapping("/api/events")
    @Operation(summary = "Stored events of every pool in global order as NDJSON (cursor, pool, type, revision, at, "
            + "payload, hash, actor); ask again with after = the last cursor for the next page")
    public ResponseEntity<StreamingResponseBody> events(
            @Parameter(description = "continue after this cursor (0: from the first event)")
            @RequestParam(defaultValue = "0") long after,
            @Parameter(description = "at most this many events (1 to 10000)")
            @RequestParam(defaultValue = "1000") int limit) {
        access.requireWholeLedger(Permission.EVENTS_EXPORT, "exporting the events");
        // Read before answering, so a bad cursor or limit is a problem response rather than a cut-off stream.
        List<ObjectNode> page = export.page(after, limit);
        StreamingResponseBody body = out -> {
            for (ObjectNode line : page) {
                out.write(mapper.writeValueAsBytes(line));
                out.write('\n');
            }
        };
        return ResponseEntity.ok().contentType(NDJSON).body(body);
    }
}
