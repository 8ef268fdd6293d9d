package io.stakingledger.projections.reports;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Rewards per account over the period ({@code from}, {@code to}]: the events with {@code from < at ≤ to}.
 * Positions are those of point-in-time views as of {@code from} and as of {@code to}. Amounts are exact
 * decimals at the ledger's scale; every account figure is rounded down as the ledger rounds it.
 *
 * <p>The totals reconcile: {@code Σ accounts[].rewards + remainder = distributed}, exactly. The remainder
 * is never hidden: {@code heldByPool} is what the pool holds back to distribute later (reward carried, fees
 * not yet shared), {@code rounding} what the rounding of each account's figure left over.
 *
 * @param accounts one line per account (only the requested one when an account was asked for); the totals
 *                 always cover every account
 * @param slices   the pool's line per epoch or per day of the period
 */
public record RewardsReport(String pool, String program, Instant from, Instant to, String rewardUnit, String basis,
                            List<AccountLine> accounts, List<PoolSlice> slices, Totals totals) {

    /**
     * One account over the period.
     *
     * @param deposited what it put in during the period
     * @param withdrawn what it took out during the period
     * @param rewards   what it earned from the program during the period (Σ of its slices)
     * @param details   program-specific amounts of the period (penalties burned, principal converted, ...)
     * @param slices    its rewards per epoch or per UTC day (only those with a reward or with activity)
     * @param opening   its position as of {@code from} (null when it had none)
     * @param closing   its position as of {@code to}
     */
    public record AccountLine(String account, BigDecimal deposited, BigDecimal withdrawn, BigDecimal rewards,
                              Map<String, BigDecimal> details, List<Slice> slices, Object opening, Object closing) {
    }

    /** An account's reward in one epoch or day; {@code start} exclusive, {@code end} inclusive. */
    public record Slice(String label, Instant start, Instant end, BigDecimal rewards) {
    }

    /**
     * The pool in one epoch or day: what it distributed, what its accounts were credited, and the difference.
     *
     * @param detail program-specific facts of the slice (an epoch's share price, the reward carried)
     */
    public record PoolSlice(String label, Instant start, Instant end, BigDecimal distributed, BigDecimal credited,
                            BigDecimal remainder, Map<String, BigDecimal> detail) {
    }

    /**
     * @param distributed       what the pool distributed in the period
     * @param accounts          Σ of every account's rewards
     * @param remainder         distributed − accounts: its own line, never hidden
     * @param heldByPool        the part of the remainder the pool holds back to distribute later
     * @param rounding          the part the rounding of account figures left (remainder − heldByPool)
     * @param remainderMeaning  what the remainder is, in words
     * @param reconciles        accounts + remainder = distributed, exactly
     */
    public record Totals(BigDecimal distributed, BigDecimal accounts, BigDecimal remainder, BigDecimal heldByPool,
                         BigDecimal rounding, String remainderMeaning, boolean reconciles) {
    }
}
