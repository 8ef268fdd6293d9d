package io.stakingledger.app.audit;

import io.stakingledger.app.api.Query;
import io.stakingledger.app.api.ViewFeeder;
import io.stakingledger.app.ops.LedgerMetrics;
import io.stakingledger.app.security.Access;
import io.stakingledger.app.security.Permission;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;
import java.util.Set;

/** Operator actions on the read models. */
@RestController
@RequestMapping("/api/admin")
public class AdminController {

    private final ReplayAudit replay;
    private final ViewFeeder feeder;
    private final Access access;
    private final LedgerMetrics metrics;

    public AdminController(ReplayAudit replay, ViewFeeder feeder, Access access, LedgerMetrics metrics) {
        this.replay = replay;
        this.feeder = feeder;
        this.access = access;
        this.metrics = metrics;
    }

    @GetMapping("/progress")
    @Operation(summary = "Events applied so far by a running full replay and by a running rebuild of the views "
            + "(0 when none runs), beside the store's event count: the dashboard's progress bar")
    public Progress progress(HttpServletRequest request) {
        access.requireWholeLedger(Permission.REPLAY, "watching the progress of a replay");
        Query.of(request, Set.of());
        return new Progress(metrics.replayProgress().get(), metrics.rebuildProgress().get(), metrics.eventsStored());
    }

    /** Progress of the running replay and rebuild, out of the events in the store (-1 if it cannot answer). */
    public record Progress(long replayEvents, long rebuildEvents, long eventsStored) {
    }

    @PostMapping("/replay")
    @Operation(summary = "Rebuild every projection from the event store into fresh read models and compare them "
            + "with the live ones; the live ones are not touched")
    public ReplayReport replay(HttpServletRequest request) {
        access.requireWholeLedger(Permission.REPLAY, "a full replay");
        Query.of(request, Set.of());
        return replay.compare();
    }

    @PostMapping("/views/rebuild")
    @Operation(summary = "Drop the live read models and rebuild them from the first stored event")
    public Map<String, Long> rebuild(HttpServletRequest request) {
        access.requireWholeLedger(Permission.REBUILD, "rebuilding the views");
        Query.of(request, Set.of());
        long started = System.nanoTime();
        long events = feeder.rebuild();
        return Map.of("eventsReplayed", events, "millis", (System.nanoTime() - started) / 1_000_000);
    }
}
