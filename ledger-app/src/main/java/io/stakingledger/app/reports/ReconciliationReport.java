package io.stakingledger.app.reports;

import io.stakingledger.app.audit.ConservationCheck;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * What an auditor signs off for the period ({@code from}, {@code to}] of one pool: the pool's totals as of
 * both ends, every conservation law checked as of both ends, and the pool's head at {@code to} (the hash of
 * its last event with {@code at ≤ to}). Keeping that head hash outside the ledger lets anyone verify later
 * that nothing up to it changed: the chain recomputed from the store must reach the same hash at the same
 * sequence.
 *
 * @param totals     each pool total as of {@code from}, as of {@code to}, and the change
 * @param lawsAtFrom the conservation laws as of {@code from}
 * @param lawsAtTo   the conservation laws as of {@code to}
 * @param lawsOk     every law holds at both ends
 * @param headAtFrom the pool's last event as of {@code from} (null when the pool did not exist yet)
 * @param headAtTo   the pool's last event as of {@code to}
 * @param chainOk    the hash chain recomputed from the stored rows holds from the first event through
 *                   {@code headAtTo}
 * @param chainBreak why it does not, or null
 */
public record ReconciliationReport(String pool, String program, Instant from, Instant to, List<Total> totals,
                                   List<ConservationCheck> lawsAtFrom, List<ConservationCheck> lawsAtTo,
                                   boolean lawsOk, Head headAtFrom, Head headAtTo, boolean chainOk, String chainBreak) {

    /** One pool total at both ends of the period. */
    public record Total(String name, BigDecimal atFrom, BigDecimal atTo, BigDecimal change) {
    }

    /**
     * The pool's last event as of an instant: its sequence in the pool, its cursor (global index), its
     * business time and its stored hash.
     */
    public record Head(long sequence, long cursor, Instant at, String hash) {
    }
}
