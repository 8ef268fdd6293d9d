package io.stakingledger.app.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.stakingledger.app.security.Access;
import io.stakingledger.projections.PoolSummary;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * REST surface of every program. Commands and views use SPEC.md's names, exactly as in the batch
 * format: {@code POST /api/pools/{pool}/commands/Purchase}, {@code GET /api/pools/{pool}/views/sharePrices}.
 * Decimals are strings; errors are RFC 7807 problems. Every endpoint first passes its {@link Access}
 * check (docs/security.md).
 */
@RestController
@RequestMapping("/api/pools")
public class PoolsController {

    private static final String AS_OF = "answer as the ledger stood at this business instant: every event with at "
            + "<= asOf; time-dependent values are evaluated at asOf unless at is given";
    private static final String AS_OF_EPOCH = "early-staking: answer as the ledger stood right after this epoch's "
            + "EpochClosed";

    private final LedgerService ledger;
    private final Access access;

    public PoolsController(LedgerService ledger, Access access) {
        this.ledger = ledger;
        this.access = access;
    }

    @GetMapping
    @Operation(summary = "List every pool with its program")
    public List<PoolSummary> pools() {
        return access.visible(ledger.pools());
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "CreatePool: create a pool of a program with its parameters (defaults of SPEC.md for omitted ones)")
    public CommandResult create(@RequestBody CreatePoolRequest request) {
        access.createPool(request.pool());
        return ledger.create(request, true);
    }

    @PostMapping("/{pool}/commands/{type}")
    @Operation(summary = "Execute a command of the pool's program (type as in SPEC.md, e.g. Purchase, Stake, "
            + "ExerciseDcr, Withdraw, CloseEpoch); the body holds its fields; a missing 'at' is the server's clock")
    public CommandResult execute(@PathVariable String pool, @PathVariable String type,
                                 @RequestBody(required = false) JsonNode fields) {
        access.mayCommand(pool, type);
        return access.answer(ledger.execute(pool, type, fields, true, access.commands()));
    }

    @GetMapping("/{pool}")
    @Operation(summary = "The pool view")
    public Object pool(@PathVariable String pool,
                       @Parameter(description = "evaluate time-dependent values at this instant")
                       @RequestParam(required = false) String at,
                       @Parameter(description = AS_OF) @RequestParam(required = false) String asOf,
                       @Parameter(description = AS_OF_EPOCH) @RequestParam(required = false) String asOfEpoch) {
        access.readPool(pool);
        return ledger.view("pool", new ViewRequest(pool, null, ViewRequest.parseInstant(at), Map.of()),
                PointInTime.parse(asOf, asOfEpoch));
    }

    @GetMapping("/{pool}/positions/{account}")
    @Operation(summary = "One account's position")
    public Object position(@PathVariable String pool, @PathVariable String account,
                           @RequestParam(required = false) String at,
                           @Parameter(description = AS_OF) @RequestParam(required = false) String asOf,
                           @Parameter(description = AS_OF_EPOCH) @RequestParam(required = false) String asOfEpoch) {
        access.readAccount(pool, account);
        return ledger.view("position", new ViewRequest(pool, account, ViewRequest.parseInstant(at), Map.of()),
                PointInTime.parse(asOf, asOfEpoch));
    }

    @GetMapping("/{pool}/views/{view}")
    @Operation(summary = "Any named view of the pool's program (e.g. sharePrices, purchasePreview?amount=, "
            + "reservations); query parameters account, at, asOf, asOfEpoch and view-specific ones")
    public Object view(@PathVariable String pool, @PathVariable String view,
                       @RequestParam Map<String, String> parameters) {
        Map<String, String> rest = new HashMap<>(parameters);
        String account = rest.remove("account");
        access.readView(pool, view, account);
        String at = rest.remove("at");
        PointInTime when = PointInTime.parse(rest.remove("asOf"), rest.remove("asOfEpoch"));
        return ledger.view(view, new ViewRequest(pool, account, ViewRequest.parseInstant(at), rest), when);
    }
}
