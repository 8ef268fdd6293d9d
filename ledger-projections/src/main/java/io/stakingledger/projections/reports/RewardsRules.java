package io.stakingledger.projections.reports;

import io.stakingledger.projections.PoolReadModel;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;

/**
 * What one program contributes to the period reports ({@link RewardsReportBuilder}): what "rewards" means
 * for it, which events put tokens in, take them out or distribute rewards, the account's position, and the
 * pool totals an auditor reconciles. One implementation per program, in the program's own package; every
 * method reads a read model folded up to the instant in question and never changes it.
 */
public interface RewardsRules {

    /** Program id of the domain reference. */
    String program();

    /** What rewards are counted in (a token, or points). */
    String rewardUnit();

    /** One sentence: what an account's rewards in a period are, for this program. */
    String basis();

    /** What the remainder line holds besides rounding, in words. */
    String remainderMeaning();

    /**
     * True when rewards accrue continuously or daily and the report splits them by UTC day, from
     * {@link #earnedSoFar}; false when they come with events (early-staking's epochs, from {@link #onEvent}).
     */
    boolean daily();

    /**
     * The account's rewards earned from the beginning up to {@code at} (the model holds every event up to
     * {@code at}), rounded exactly as the account's position shows them; zero for an unknown account.
     * Daily programs only.
     */
    BigDecimal earnedSoFar(PoolReadModel model, String account, Instant at);

    /** Whether the pool itself distributes what its accounts earn (false for points, which accrue per account). */
    boolean poolDistributes();

    /** What the pool holds back to distribute later (carried or undistributed rewards), exact. */
    BigDecimal heldByPool(PoolReadModel model);

    /** Every account the model knows. */
    Collection<String> accounts(PoolReadModel model);

    /** The account's position view at {@code at}, or null when it has none yet. */
    Object position(PoolReadModel model, String account, Instant at);

    /**
     * Records an event of the period, before it is applied to {@code before}: tokens put in or taken out,
     * rewards distributed, and for event-driven programs each account's reward from it.
     */
    void onEvent(Object event, PoolReadModel before, PeriodEntries entries);

    /** The pool's totals, by name, in a fixed order: what the reconciliation report compares at both ends. */
    LinkedHashMap<String, BigDecimal> poolTotals(PoolReadModel model);
}
