package io.stakingledger.app.reports;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.stakingledger.core.common.CommandRejected;
import io.stakingledger.app.api.Query;
import io.stakingledger.app.security.Access;
import io.stakingledger.core.common.Inputs;
import io.stakingledger.core.common.Quote;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import jakarta.servlet.http.HttpServletRequest;

import io.stakingledger.projections.reports.RewardsReport;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;
import java.util.Set;

/** The period reports over REST, as JSON (the default) or CSV ({@code format=csv}). */
@RestController
public class ReportsController {

    private static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");
    private static final String FROM = "start of the period (exclusive): the opening is the ledger as of this instant";
    private static final String TO = "end of the period (inclusive): the closing is the ledger as of this instant";

    private final PeriodReports reports;
    private final ObjectMapper mapper;
    private final Access access;

    public ReportsController(PeriodReports reports, ObjectMapper mapper, Access access) {
        this.reports = reports;
        this.mapper = mapper;
        this.access = access;
    }

    @GetMapping("/api/pools/{pool}/reports/rewards")
    @Operation(summary = "Rewards per account over a period: what each put in and took out, what it earned from the "
            + "program (per epoch or per UTC day), its position at both ends; totals that reconcile with what the pool "
            + "distributed, the remainder on its own line")
    @Parameter(name = "from", in = ParameterIn.QUERY, description = FROM)
    @Parameter(name = "to", in = ParameterIn.QUERY, description = TO)
    @Parameter(name = "account", in = ParameterIn.QUERY,
            description = "only this account's line (totals still cover every account)")
    @Parameter(name = "format", in = ParameterIn.QUERY, description = "json (default) or csv")
    public ResponseEntity<?> rewards(@PathVariable String pool, HttpServletRequest request) {
        Map<String, String> query = Query.of(request, Set.of("from", "to", "account", "format"));
        Inputs.identifier("pool", pool);
        String account = query.get("account") == null ? null : Inputs.identifier("account", query.get("account"));
        // Without an account the report lists every account: only a caller who reads every account may ask.
        access.readAccount(pool, account);
        String shape = format(query.getOrDefault("format", "json"));
        RewardsReport report = reports.rewards(pool, PeriodReports.Period.parse(query.get("from"), query.get("to")),
                account);
        if (shape.equals("json")) {
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(report);
        }
        return ResponseEntity.ok().contentType(CSV)
                .header("Content-Disposition", "inline; filename=\"" + pool + "-rewards.csv\"")
                .body(ReportCsv.rewards(report, mapper));
    }

    @GetMapping("/api/pools/{pool}/reports/reconciliation")
    @Operation(summary = "Period reconciliation: the pool's totals at from and at to, every conservation law checked "
            + "at both ends, and the pool's head hash at to (to sign the period off and verify it later)")
    @Parameter(name = "from", in = ParameterIn.QUERY, description = FROM)
    @Parameter(name = "to", in = ParameterIn.QUERY, description = TO)
    @Parameter(name = "format", in = ParameterIn.QUERY, description = "json (default) or csv")
    public ResponseEntity<?> reconciliation(@PathVariable String pool, HttpServletRequest request) {
        Map<String, String> query = Query.of(request, Set.of("from", "to", "format"));
        Inputs.identifier("pool", pool);
        access.readPool(pool);
        String shape = format(query.getOrDefault("format", "json"));
        ReconciliationReport report = reports.reconciliation(pool,
                PeriodReports.Period.parse(query.get("from"), query.get("to")));
        if (shape.equals("json")) {
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(report);
        }
        return ResponseEntity.ok().contentType(CSV)
                .header("Content-Disposition", "inline; filename=\"" + pool + "-reconciliation.csv\"")
                .body(ReportCsv.reconciliation(report));
    }

    static String format(String format) {
        if (!format.equals("json") && !format.equals("csv")) {
            throw CommandRejected.invalid("format is json or csv, got " + Quote.of(format));
        }
        return format;
    }
}
