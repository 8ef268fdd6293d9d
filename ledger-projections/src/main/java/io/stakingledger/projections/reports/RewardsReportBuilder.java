package io.stakingledger.projections.reports;

import io.stakingledger.core.common.CommandRejected;
import io.stakingledger.core.common.Decimals;
import io.stakingledger.core.common.PoolEvent;
import io.stakingledger.projections.LedgerViews;
import io.stakingledger.projections.PoolReadModel;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Builds a {@link RewardsReport} in one pass over a pool's events, in the pool's order: events up to
 * {@code from} are folded into a fresh read model, the opening is read there, the events of the period are
 * recorded by the program's {@link RewardsRules} (and, for daily programs, each UTC day's end is read on
 * the way), and the closing is read once {@code to} is passed. Feed every event of the pool with
 * {@link #accept} until it answers false, then call {@link #finish}.
 */
public final class RewardsReportBuilder {

    private enum Phase { BEFORE, IN, AFTER }

    private final RewardsRules rules;
    private final LedgerViews views;
    private final String pool;
    private final Instant from;
    private final Instant to;
    private final PeriodEntries entries = new PeriodEntries();
    private final Map<String, BigDecimal> earnedAtFrom = new HashMap<>();
    private final Map<String, BigDecimal> earnedAtBoundary = new HashMap<>();
    private final Map<String, Object> opening = new HashMap<>();
    private Phase phase = Phase.BEFORE;
    private BigDecimal heldAtFrom = Decimals.ZERO;
    private BigDecimal distributedBeforeDay = Decimals.ZERO;
    private Instant dayStart;
    private Instant dayEnd;

    /**
     * @param views fresh views that know every program (nothing applied yet)
     * @throws CommandRejected INVALID when {@code to} is not after {@code from}
     */
    public RewardsReportBuilder(RewardsRules rules, LedgerViews views, String pool, Instant from, Instant to) {
        if (!to.isAfter(from)) {
            throw CommandRejected.invalid("the period must end after it starts: from " + from + ", to " + to);
        }
        this.rules = rules;
        this.views = views;
        this.pool = pool;
        this.from = from;
        this.to = to;
    }

    /** Folds one event of the pool; false once the event lies after {@code to} (it is not applied). */
    public boolean accept(Object event) {
        Instant at = event instanceof PoolEvent e ? e.at() : null;
        if (phase == Phase.BEFORE && at != null && at.isAfter(from)) {
            open();
        }
        if (phase == Phase.IN && at != null && at.isAfter(to)) {
            closeDays(to, true);
            phase = Phase.AFTER;
        }
        if (phase == Phase.AFTER) {
            return false;
        }
        if (phase == Phase.IN) {
            if (at != null) {
                closeDays(at, false);
            }
            rules.onEvent(event, model(), entries);
        }
        views.apply(event);
        return true;
    }

    /** The report; call once, after the last {@link #accept}. */
    public RewardsReport finish(String onlyAccount) {
        if (phase == Phase.BEFORE) {
            open();
        }
        if (phase == Phase.IN) {
            closeDays(to, true);
            phase = Phase.AFTER;
        }
        PoolReadModel model = model();
        List<RewardsReport.AccountLine> lines = new ArrayList<>();
        BigDecimal accountsTotal = Decimals.ZERO;
        for (String account : new TreeSet<>(rules.accounts(model))) {
            List<RewardsReport.Slice> slices = entries.slices.getOrDefault(account, List.of());
            BigDecimal rewards = slices.stream().map(RewardsReport.Slice::rewards).reduce(Decimals.ZERO, BigDecimal::add);
            accountsTotal = accountsTotal.add(rewards);
            if (onlyAccount == null || onlyAccount.equals(account)) {
                lines.add(new RewardsReport.AccountLine(account, entries.deposited.getOrDefault(account, Decimals.ZERO),
                        entries.withdrawn.getOrDefault(account, Decimals.ZERO), rewards,
                        entries.details.getOrDefault(account, Map.of()), slices, opening.get(account),
                        rules.position(model, account, to)));
            }
        }
        if (onlyAccount != null && lines.isEmpty()) {
            throw CommandRejected.notFound("account " + onlyAccount + " has no position in pool " + pool + " by " + to);
        }
        BigDecimal distributed = rules.poolDistributes() ? entries.distributed : accountsTotal;
        BigDecimal remainder = distributed.subtract(accountsTotal);
        BigDecimal held = rules.heldByPool(model).subtract(heldAtFrom);
        return new RewardsReport(pool, rules.program(), from, to, rules.rewardUnit(), rules.basis(), lines,
                List.copyOf(entries.poolSlices),
                new RewardsReport.Totals(distributed, accountsTotal, remainder, held, remainder.subtract(held),
                        rules.remainderMeaning(), accountsTotal.add(remainder).compareTo(distributed) == 0));
    }

    private PoolReadModel model() {
        return views.model(pool).orElseThrow(() -> CommandRejected.notFound(
                "pool " + pool + " did not exist at " + (phase == Phase.BEFORE ? from : to)));
    }

    private void open() {
        PoolReadModel model = model();
        heldAtFrom = rules.heldByPool(model);
        for (String account : rules.accounts(model)) {
            opening.put(account, rules.position(model, account, from));
            if (rules.daily()) {
                BigDecimal earned = rules.earnedSoFar(model, account, from);
                earnedAtFrom.put(account, earned);
                earnedAtBoundary.put(account, earned);
            }
        }
        dayStart = from;
        dayEnd = from.atOffset(ZoneOffset.UTC).toLocalDate().plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        phase = Phase.IN;
    }

    /**
     * Closes, for daily programs, every day that ends before an event at {@code at} (the model then holds
     * exactly the events up to the day's end); with {@code last}, also the period's final, partial day.
     */
    private void closeDays(Instant at, boolean last) {
        if (!rules.daily()) {
            return;
        }
        while (dayEnd.isBefore(at) && dayEnd.isBefore(to)) {
            closeDay(dayEnd);
            dayStart = dayEnd;
            dayEnd = dayEnd.plus(1, ChronoUnit.DAYS);
        }
        if (last && dayStart.isBefore(to)) {
            closeDay(to);
            dayStart = to;
        }
    }

    private void closeDay(Instant end) {
        PoolReadModel model = model();
        String label = dayStart.atOffset(ZoneOffset.UTC).toLocalDate().toString();
        BigDecimal credited = Decimals.ZERO;
        for (String account : rules.accounts(model)) {
            BigDecimal now = rules.earnedSoFar(model, account, end);
            BigDecimal before = earnedAtBoundary.getOrDefault(account, Decimals.ZERO);
            earnedAtBoundary.put(account, now);
            BigDecimal earned = now.subtract(before);
            if (earned.signum() != 0) {
                entries.reward(account, label, dayStart, end, earned);
                credited = credited.add(earned);
            }
        }
        BigDecimal distributedToday = rules.poolDistributes() ? entries.distributed.subtract(distributedBeforeDay) : credited;
        distributedBeforeDay = entries.distributed;
        if (distributedToday.signum() != 0 || credited.signum() != 0) {
            entries.poolSlice(new RewardsReport.PoolSlice(label, dayStart, end, distributedToday, credited,
                    distributedToday.subtract(credited), new LinkedHashMap<>()));
        }
    }
}
