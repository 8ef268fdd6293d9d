package io.stakingledger.projections.reports;

import io.stakingledger.core.common.Decimals;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the events of a period add up to, per account and for the pool, as {@link RewardsRules#onEvent}
 * records it. Amounts are exact; nothing is rounded here.
 */
public final class PeriodEntries {

    final Map<String, BigDecimal> deposited = new HashMap<>();
    final Map<String, BigDecimal> withdrawn = new HashMap<>();
    final Map<String, Map<String, BigDecimal>> details = new HashMap<>();
    final Map<String, List<RewardsReport.Slice>> slices = new HashMap<>();
    final List<RewardsReport.PoolSlice> poolSlices = new ArrayList<>();
    BigDecimal distributed = Decimals.ZERO;

    /** {@code account} put {@code amount} into its position. */
    public void deposited(String account, BigDecimal amount) {
        deposited.merge(account, amount, BigDecimal::add);
    }

    /** {@code account} took {@code amount} out to itself. */
    public void withdrawn(String account, BigDecimal amount) {
        withdrawn.merge(account, amount, BigDecimal::add);
    }

    /** A program-specific amount of the account in the period (e.g. {@code penaltiesBurned}). */
    public void detail(String account, String name, BigDecimal amount) {
        details.computeIfAbsent(account, a -> new LinkedHashMap<>()).merge(name, amount, BigDecimal::add);
    }

    /** The pool distributed {@code amount} to its accounts (an epoch's reward, a fee sweep, an emission). */
    public void distributed(BigDecimal amount) {
        distributed = distributed.add(amount);
    }

    /** The account's reward from one epoch or event, already rounded as the report shows it. */
    public void reward(String account, String label, Instant start, Instant end, BigDecimal amount) {
        slices.computeIfAbsent(account, a -> new ArrayList<>()).add(new RewardsReport.Slice(label, start, end, amount));
    }

    /** The pool's line for one epoch or event: what it distributed and what the accounts were credited. */
    public void poolSlice(RewardsReport.PoolSlice slice) {
        poolSlices.add(slice);
    }
}
