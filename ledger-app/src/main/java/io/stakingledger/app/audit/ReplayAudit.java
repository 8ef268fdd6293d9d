package io.stakingledger.app.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stakingledger.app.ops.LedgerMetrics;

import io.stakingledger.app.api.ProblemHandler;
import io.stakingledger.app.api.ProgramApi;
import io.stakingledger.app.api.ViewSync;
import io.stakingledger.app.api.ViewRequest;
import io.stakingledger.app.config.ReadModelRegistration;
import io.stakingledger.core.common.CommandRejected;
import io.stakingledger.core.common.PoolEvent;
import io.stakingledger.projections.LedgerViews;
import io.stakingledger.projections.PoolSummary;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Full replay: folds every stored event into fresh read models, then asks both the live and the fresh
 * models every view of every pool (each account's position, and each view that needs no parameter)
 * and reports any answer that differs. Answers are compared as JSON, so a difference in any digit shows.
 * A pool that cannot be replayed, or whose views fail, is reported as that pool's failure and the
 * others are compared as usual.
 */
@Component
public class ReplayAudit {

    private static final Logger log = LoggerFactory.getLogger(ReplayAudit.class);

    private final EventStorageEngine storage;
    private final LedgerViews live;
    private final ViewSync viewSync;
    private final List<ReadModelRegistration> registrations;
    private final Map<String, ProgramApi> programs;
    private final ObjectMapper mapper;
    private final LedgerMetrics metrics;

    public ReplayAudit(EventStorageEngine storage, LedgerViews live, ViewSync viewSync,
                       List<ReadModelRegistration> registrations, List<ProgramApi> programs, ObjectMapper mapper,
                       LedgerMetrics metrics) {
        this.metrics = metrics;
        this.storage = storage;
        this.live = live;
        this.viewSync = viewSync;
        this.registrations = registrations;
        this.programs = programs.stream().collect(Collectors.toMap(ProgramApi::program, Function.identity()));
        this.mapper = mapper;
    }

    /** Events applied so far by a running replay (0 when none runs). */
    public long progress() {
        return metrics.replayProgress().get();
    }

    public ReplayReport compare() {
        try {
            return compare(metrics.replayProgress());
        } finally {
            metrics.replayProgress().set(0);
        }
    }

    private ReplayReport compare(java.util.concurrent.atomic.AtomicLong progress) {
        viewSync.awaitCurrent();
        LedgerViews fresh = new LedgerViews();
        registrations.forEach(registration -> registration.register(fresh));
        Map<String, Set<String>> accounts = new TreeMap<>();
        long replayed = 0;
        try (Stream<? extends TrackedEventMessage<?>> events = storage.readEvents(null, false)) {
            Iterator<? extends TrackedEventMessage<?>> iterator = events.iterator();
            while (iterator.hasNext()) {
                Object payload = iterator.next().getPayload();
                fresh.apply(payload);
                replayed++;
                progress.set(replayed);
                if (payload instanceof PoolEvent event) {
                    JsonNode account = mapper.valueToTree(payload).path("account");
                    Set<String> known = accounts.computeIfAbsent(event.poolId(), pool -> new TreeSet<>());
                    if (account.isTextual()) {
                        known.add(account.asText());
                    }
                }
            }
        }
        List<ReplayReport.Difference> differences = new ArrayList<>();
        List<ReplayReport.PoolFailure> failures = new ArrayList<>();
        int compared = 0;
        Set<String> pools = new TreeSet<>(accounts.keySet());
        live.directory().stream().map(PoolSummary::pool).forEach(pools::add);
        for (String pool : pools) {
            String program = live.programOf(pool).or(() -> fresh.programOf(pool)).orElse(null);
            ProgramApi api = program == null ? null : programs.get(program);
            String folding = fresh.failures().getOrDefault(pool, live.failures().get(pool));
            if (folding != null) {
                failures.add(new ReplayReport.PoolFailure(pool, "the pool cannot be replayed: " + folding));
                continue;
            }
            if (api == null) {
                continue;
            }
            try {
                compared += comparePool(api, pool, accounts.getOrDefault(pool, Set.of()), fresh, differences);
            } catch (RuntimeException failure) {
                String id = ProblemHandler.newErrorId();
                log.error("replay of pool {} failed ({})", pool, id, failure);
                failures.add(new ReplayReport.PoolFailure(pool, "the pool's views failed; the failure is logged as " + id));
            }
        }
        return new ReplayReport(differences.isEmpty() && failures.isEmpty(), replayed, pools.size(), compared,
                differences, failures);
    }

    /** Compares every view of one pool; returns how many answers were compared. */
    private int comparePool(ProgramApi api, String pool, Set<String> accounts, LedgerViews fresh,
                            List<ReplayReport.Difference> differences) {
        int compared = 0;
        List<ReplayReport.Difference> found = new ArrayList<>();
        for (String view : new TreeSet<>(api.views())) {
            if (view.equals("position")) {
                for (String account : accounts) {
                    compared++;
                    compare(api, view, new ViewRequest(pool, account, null, Map.of()), fresh, found);
                }
            } else {
                compared++;
                compare(api, view, new ViewRequest(pool, null, null, Map.of()), fresh, found);
            }
        }
        differences.addAll(found);
        return compared;
    }

    private void compare(ProgramApi api, String view, ViewRequest request, LedgerViews fresh,
                         List<ReplayReport.Difference> differences) {
        JsonNode liveAnswer = answer(api, view, request, live);
        JsonNode replayedAnswer = answer(api, view, request, fresh);
        if (!liveAnswer.equals(replayedAnswer)) {
            differences.add(new ReplayReport.Difference(request.pool(), view, request.account(), liveAnswer,
                    replayedAnswer));
        }
    }

    /** The view as JSON, or its refusal as text (a view that needs a parameter is refused alike by both). */
    private JsonNode answer(ProgramApi api, String view, ViewRequest request, LedgerViews source) {
        try {
            return mapper.valueToTree(api.view(view, request, source));
        } catch (CommandRejected refused) {
            return mapper.getNodeFactory().textNode("refused: " + refused.getMessage());
        }
    }
}
