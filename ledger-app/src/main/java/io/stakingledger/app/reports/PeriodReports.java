package io.stakingledger.app.reports;

import io.stakingledger.app.api.ViewRequest;
import io.stakingledger.app.audit.ChainReport;
import io.stakingledger.app.audit.ChainVerifier;
import io.stakingledger.app.audit.ConservationAudit;
import io.stakingledger.app.audit.ConservationCheck;
import io.stakingledger.app.audit.HashChain;
import io.stakingledger.app.history.HistoricalViews;
import io.stakingledger.core.common.CommandRejected;
import io.stakingledger.core.common.Decimals;
import io.stakingledger.core.common.Inputs;
import io.stakingledger.core.common.PoolEvent;
import io.stakingledger.projections.LedgerViews;
import io.stakingledger.projections.PoolReadModel;
import io.stakingledger.projections.reports.RewardsReport;
import io.stakingledger.projections.reports.RewardsReportBuilder;
import io.stakingledger.projections.reports.RewardsRules;
import org.axonframework.eventhandling.DomainEventMessage;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The period reports of one pool: rewards per account and the reconciliation of the pool's totals. Both
 * read the pool's stored events once, through the event store (upcasters first), and fold them into fresh
 * read models — the live views are never touched — with the same point-in-time rule as every view: as of
 * an instant means every event with {@code at} at or before it.
 */
@Service
public class PeriodReports {

    private final HistoricalViews history;
    private final Map<String, RewardsRules> rules;
    private final ChainVerifier chains;
    private final JdbcTemplate jdbc;

    public PeriodReports(HistoricalViews history, List<RewardsRules> rules, ChainVerifier chains, JdbcTemplate jdbc) {
        this.history = history;
        this.rules = rules.stream().collect(Collectors.toMap(RewardsRules::program, Function.identity()));
        this.chains = chains;
        this.jdbc = jdbc;
    }

    /** The period of a report, read from the request's text with the views' instant parsing. */
    public record Period(Instant from, Instant to) {

        /** The longest period a report covers: ten years of days. */
        public static final Duration MAX_LENGTH = Duration.ofDays(3_660);

        /** @throws CommandRejected INVALID when either end is missing or malformed, or {@code to} is not after {@code from} */
        public static Period parse(String from, String to) {
            Instant start = instant("from", from);
            Instant end = instant("to", to);
            if (!end.isAfter(start)) {
                throw CommandRejected.invalid("the period must end after it starts: from " + start + ", to " + end);
            }
            if (Duration.between(start, end).compareTo(MAX_LENGTH) > 0) {
                // Daily reports close every day of the period for every account: the length bounds their cost.
                throw CommandRejected.invalid("a report period spans at most " + MAX_LENGTH.toDays()
                        + " days; ask for consecutive periods instead (from " + start + ", to " + end + ")");
            }
            return new Period(start, end);
        }

        private static Instant instant(String name, String text) {
            Instant parsed;
            try {
                parsed = ViewRequest.parseInstant(text);
            } catch (CommandRejected malformed) {
                throw CommandRejected.invalid(name + ": " + malformed.getMessage());
            }
            if (parsed == null) {
                throw CommandRejected.invalid(name + " (an ISO-8601 instant, e.g. 2026-01-01T00:00:00Z) is required");
            }
            return parsed;
        }
    }

    /**
     * Rewards per account over the period, for every account or only {@code account} (the totals always
     * cover every account).
     *
     * @throws CommandRejected NOT_FOUND when the pool did not exist at {@code to}, or the account had no position
     */
    public RewardsReport rewards(String pool, Period period, String account) {
        Inputs.text("pool", pool);
        LedgerViews views = history.freshViews();
        RewardsReportBuilder builder = null;
        try (Stream<? extends DomainEventMessage<?>> events = history.eventsOf(pool)) {
            Iterator<? extends DomainEventMessage<?>> iterator = events.iterator();
            while (iterator.hasNext()) {
                Object event = iterator.next().getPayload();
                if (builder == null) {
                    if (event instanceof PoolEvent created && created.at().isAfter(period.to())) {
                        throw CommandRejected.notFound("pool " + pool + " did not exist at " + period.to());
                    }
                    views.apply(event);
                    builder = new RewardsReportBuilder(rulesOf(pool, views), views, pool, period.from(), period.to());
                    continue;
                }
                if (!builder.accept(event)) {
                    break;
                }
            }
        }
        if (builder == null) {
            throw CommandRejected.notFound("pool " + pool + " does not exist");
        }
        return builder.finish(account == null || account.isBlank() ? null : account);
    }

    /**
     * The pool's totals and conservation laws as of both ends of the period, and its head hash at {@code to}.
     *
     * @throws CommandRejected NOT_FOUND when the pool did not exist at {@code to}
     */
    public ReconciliationReport reconciliation(String pool, Period period) {
        Inputs.text("pool", pool);
        LedgerViews views = history.freshViews();
        Snapshot atFrom = null;
        DomainEventMessage<?> last = null;
        try (Stream<? extends DomainEventMessage<?>> events = history.eventsOf(pool)) {
            Iterator<? extends DomainEventMessage<?>> iterator = events.iterator();
            while (iterator.hasNext()) {
                DomainEventMessage<?> message = iterator.next();
                Instant at = message.getPayload() instanceof PoolEvent e ? e.at() : null;
                if (atFrom == null && at != null && at.isAfter(period.from())) {
                    atFrom = snapshot(pool, views, last);
                }
                if (at != null && at.isAfter(period.to())) {
                    break;
                }
                views.apply(message.getPayload());
                last = message;
            }
        }
        if (last == null || views.model(pool).isEmpty()) {
            throw CommandRejected.notFound("pool " + pool + " did not exist at " + period.to());
        }
        Snapshot start = atFrom != null ? atFrom : snapshot(pool, views, last);
        Snapshot atTo = snapshot(pool, views, last);
        PoolReadModel model = views.model(pool).orElseThrow();
        List<ReconciliationReport.Total> totals = new ArrayList<>();
        atTo.totals().forEach((name, end) -> {
            BigDecimal begin = start.totals().getOrDefault(name, Decimals.ZERO);
            totals.add(new ReconciliationReport.Total(name, start.exists() ? begin : null, end, end.subtract(begin)));
        });
        boolean lawsOk = start.laws().stream().allMatch(ConservationCheck::ok)
                && atTo.laws().stream().allMatch(ConservationCheck::ok);
        ChainReport chain = chains.verify(pool);
        ReconciliationReport.Head head = atTo.head();
        boolean chainOk = chain.ok() || chain.firstBreak().sequence() > head.sequence();
        return new ReconciliationReport(pool, model.program(), period.from(), period.to(), totals, start.laws(),
                atTo.laws(), lawsOk, start.head(), head, chainOk,
                chainOk ? null : "event " + chain.firstBreak().sequence() + ": " + chain.firstBreak().reason());
    }

    private record Snapshot(boolean exists, LinkedHashMap<String, BigDecimal> totals, List<ConservationCheck> laws,
                            ReconciliationReport.Head head) {
    }

    private Snapshot snapshot(String pool, LedgerViews views, DomainEventMessage<?> last) {
        PoolReadModel model = views.model(pool).orElse(null);
        if (model == null || last == null) {
            return new Snapshot(false, new LinkedHashMap<>(), List.of(), null);
        }
        return new Snapshot(true, rulesOf(pool, views).poolTotals(model), ConservationAudit.check(model.state()),
                head(pool, last));
    }

    private ReconciliationReport.Head head(String pool, DomainEventMessage<?> last) {
        Long cursor = jdbc.queryForObject("SELECT globalIndex FROM DomainEventEntry WHERE aggregateIdentifier = ? "
                + "AND sequenceNumber = ?", Long.class, pool, last.getSequenceNumber());
        Object hash = last.getMetaData().get(HashChain.HASH);
        Instant at = last.getPayload() instanceof PoolEvent e ? e.at() : null;
        return new ReconciliationReport.Head(last.getSequenceNumber(), cursor == null ? -1 : cursor, at,
                hash instanceof String text ? text : null);
    }

    private RewardsRules rulesOf(String pool, LedgerViews views) {
        String program = views.programOf(pool).orElseThrow(() -> CommandRejected.notFound("pool " + pool + " does not exist"));
        RewardsRules found = rules.get(program);
        if (found == null) {
            throw CommandRejected.invalid("pool " + pool + " runs " + program + ", which has no period reports");
        }
        return found;
    }
}
