package io.stakingledger.app.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.stakingledger.app.security.Access;
import io.stakingledger.app.security.Permission;
import io.stakingledger.core.common.CommandRejected;
import io.stakingledger.core.common.Quote;
import io.stakingledger.projections.PoolSummary;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * REST surface of every program. Commands and views use the domain reference's names (docs/domain), exactly as in the batch
 * format: {@code POST /api/pools/{pool}/commands/Purchase}, {@code GET /api/pools/{pool}/views/sharePrices}.
 * Bodies are UTF-8 JSON objects read strictly ({@link JsonInput}, {@link Fields}); query strings too
 * ({@link Query}). Decimals are strings; errors are RFC 7807 problems ({@link Problems}). A command whose
 * caller does not accept JSON is refused (406) before it runs, so no command is applied unanswered. Every
 * endpoint first passes its {@link Access} check (docs/security.md).
 */
@RestController
@RequestMapping("/api/pools")
public class PoolsController {

    private static final String AS_OF = "answer as the ledger stood at this business instant: every event with at "
            + "<= asOf; time-dependent values are evaluated at asOf unless at is given";
    private static final String AS_OF_EPOCH = "early-staking: answer as the ledger stood right after this epoch's "
            + "EpochClosed";
    private static final Set<String> POINT_IN_TIME = Set.of("at", "asOf", "asOfEpoch");

    private static final int DEFAULT_PAGE = 50;
    private static final int MAX_PAGE = 500;

    private final LedgerService ledger;
    private final BulkCommands bulk;
    private final Access access;

    public PoolsController(LedgerService ledger, BulkCommands bulk, Access access) {
        this.ledger = ledger;
        this.bulk = bulk;
        this.access = access;
    }

    @GetMapping
    @Operation(summary = "List every pool with its program")
    public List<PoolSummary> pools(HttpServletRequest request) {
        Query.of(request, Set.of());
        return access.visible(ledger.pools());
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "CreatePool: create a pool of a program with its parameters (defaults of the domain reference for omitted "
            + "ones); body {pool, program, params, at, commandId}")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(description = "{pool, program, params, at, commandId}",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(type = "object")))
    public CommandResult create(@RequestBody(required = false) byte[] body, HttpServletRequest request) {
        access.require(Permission.POOLS_CREATE, "CreatePool");
        Query.of(request, Set.of());
        JsonNode json = JsonInput.body(body);
        JsonNode pool = json == null ? null : json.get("pool");
        access.reach(pool != null && pool.isTextual() ? pool.asText() : null);
        return ledger.create(json, true);
    }

    @PostMapping(path = "/{pool}/commands/{type}", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Execute a command of the pool's program (type as in the domain reference, e.g. Purchase, Stake, "
            + "ExerciseDcr, Withdraw, CloseEpoch); the body holds its fields; a missing 'at' is the server's clock")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(description = "the command's fields, at and commandId",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(type = "object")))
    public CommandResult execute(@PathVariable String pool, @PathVariable String type,
                                 @RequestBody(required = false) byte[] body, HttpServletRequest request) {
        access.mayCommand(pool, type);
        Query.of(request, Set.of());
        return access.answer(ledger.execute(pool, type, JsonInput.body(body), true, access.commands()));
    }

    @PostMapping(path = "/{pool}/commands", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Execute many commands of the pool in one request: {\"atomic\": true, \"commands\": "
            + "[{\"type\": \"Stake\", ...the single command's fields...}, ...]}. Atomic (the default): one "
            + "transaction, all stored or none; the answer has one result per command, in order, or the problem of "
            + "the first refused command with its index. atomic false: each command stored on its own, each "
            + "result or problem in the answer. At most ledger.bulk.max-commands commands (default 1000)")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(description = "{atomic, commands: [{type, ...fields}]}",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(type = "object")))
    public BulkCommands.BulkAnswer executeBulk(@PathVariable String pool, @RequestBody(required = false) byte[] body,
                                               HttpServletRequest request) {
        access.mayCommand(pool, "bulk");
        Query.of(request, Set.of());
        return bulk.execute(pool, JsonInput.body(body), true, access.commands(), access::answer);
    }

    @GetMapping("/{pool}")
    @Operation(summary = "The pool view")
    @Parameter(name = "at", in = ParameterIn.QUERY, description = "evaluate time-dependent values at this instant")
    @Parameter(name = "asOf", in = ParameterIn.QUERY, description = AS_OF)
    @Parameter(name = "asOfEpoch", in = ParameterIn.QUERY, description = AS_OF_EPOCH)
    public Object pool(@PathVariable String pool, HttpServletRequest request) {
        access.readPool(pool);
        Map<String, String> query = Query.of(request, POINT_IN_TIME);
        return ledger.view("pool", new ViewRequest(pool, null, ViewRequest.parseInstant(query.get("at")), Map.of()),
                PointInTime.parse(query.get("asOf"), query.get("asOfEpoch")));
    }

    @GetMapping("/{pool}/positions")
    @Operation(summary = "The pool's positions in account order, one page at a time: limit (1.." + MAX_PAGE
            + ", default " + DEFAULT_PAGE + ") accounts after cursor (the previous page's nextCursor), optionally "
            + "only accounts whose id contains search, each evaluated at at")
    @Parameter(name = "cursor", in = ParameterIn.QUERY, description = "the last account of the previous page")
    @Parameter(name = "limit", in = ParameterIn.QUERY, description = "accounts per page")
    @Parameter(name = "search", in = ParameterIn.QUERY, description = "only accounts whose id contains this text")
    @Parameter(name = "at", in = ParameterIn.QUERY, description = "evaluate time-dependent values at this instant")
    public LedgerService.PositionsPage positions(@PathVariable String pool, HttpServletRequest request) {
        access.readAccount(pool, null);
        Map<String, String> query = Query.of(request, Set.of("cursor", "limit", "search", "at"));
        return ledger.positions(pool, query.get("cursor"), pageLimit(query.get("limit")), query.get("search"),
                ViewRequest.parseInstant(query.get("at")));
    }

    private static int pageLimit(String text) {
        if (text == null) {
            return DEFAULT_PAGE;
        }
        if (!text.matches("[0-9]{1,4}") || Integer.parseInt(text) < 1 || Integer.parseInt(text) > MAX_PAGE) {
            throw CommandRejected.invalid("limit must be a whole number from 1 to " + MAX_PAGE + ", got "
                    + Quote.of(text));
        }
        return Integer.parseInt(text);
    }

    @GetMapping("/{pool}/positions/{account}")
    @Operation(summary = "One account's position")
    @Parameter(name = "at", in = ParameterIn.QUERY, description = "evaluate time-dependent values at this instant")
    @Parameter(name = "asOf", in = ParameterIn.QUERY, description = AS_OF)
    @Parameter(name = "asOfEpoch", in = ParameterIn.QUERY, description = AS_OF_EPOCH)
    public Object position(@PathVariable String pool, @PathVariable String account, HttpServletRequest request) {
        access.readAccount(pool, account);
        Map<String, String> query = Query.of(request, POINT_IN_TIME);
        return ledger.view("position", new ViewRequest(pool, account, ViewRequest.parseInstant(query.get("at")),
                Map.of()), PointInTime.parse(query.get("asOf"), query.get("asOfEpoch")));
    }

    @GetMapping("/{pool}/views/{view}")
    @Operation(summary = "Any named view of the pool's program (e.g. sharePrices, purchasePreview?amount=, "
            + "reservations); query parameters account, at, asOf, asOfEpoch and view-specific ones")
    public Object view(@PathVariable String pool, @PathVariable String view, HttpServletRequest request) {
        Map<String, String> rest = new HashMap<>(Query.parse(request.getQueryString()));
        String account = rest.remove("account");
        access.readView(pool, view, account);
        String at = rest.remove("at");
        PointInTime when = PointInTime.parse(rest.remove("asOf"), rest.remove("asOfEpoch"));
        return ledger.view(view, new ViewRequest(pool, account, ViewRequest.parseInstant(at), rest), when);
    }
}
