package io.stakingledger.core.voteescrow;

import io.stakingledger.core.common.CommandRejected;
import io.stakingledger.core.common.DecimalText;
import io.stakingledger.core.common.Decimals;
import io.stakingledger.core.common.ParameterLimits;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parameters of one vote-escrow pool (docs/domain/vote-escrow.md). Amounts and rates at 18 decimals.
 *
 * @param terms          lock term code ({@code 4M}, {@code 12M+}, see {@link LockTerm}) → vKSP per KSP,
 *                       ordered from the shortest term to the longest; multipliers never decrease with
 *                       the term, so moving every lot to a longer term never lowers vKSP
 * @param unlockWindow   how long after a lock's end the holder may unlock before it renews automatically
 * @param dailyEmission  KSP emitted per day by the protocol
 * @param stakingShare   fraction of the daily emission that goes to stakers (0..1)
 * @param votingFeeShare fraction of a voted target's trade fees that goes to its voters (0..1)
 */
public record VoteEscrowParameters(
        Map<String, BigDecimal> terms,
        Duration unlockWindow,
        BigDecimal dailyEmission,
        BigDecimal stakingShare,
        BigDecimal votingFeeShare) implements Serializable {

    public static final Map<String, BigDecimal> DEFAULT_TERMS = Collections.unmodifiableMap(new LinkedHashMap<>(Map.of(
            "4M", BigDecimal.ONE, "8M", new BigDecimal("2"), "12M", new BigDecimal("4"), "12M+", new BigDecimal("8"))));
    public static final Duration DEFAULT_UNLOCK_WINDOW = Duration.ofDays(7);
    public static final BigDecimal DEFAULT_DAILY_EMISSION = new BigDecimal("864000");
    public static final BigDecimal DEFAULT_STAKING_SHARE = new BigDecimal("0.34");
    public static final BigDecimal DEFAULT_VOTING_FEE_SHARE = new BigDecimal("0.5");
    /** Most lock terms a pool may offer. */
    public static final int MAX_TERMS = 32;

    /**
     * Orders the terms from shortest to longest whatever order they arrive in: a creation event read back
     * from a store that writes map keys sorted alphabetically ({@code 12M, 12M+, 4M, 8M}) keeps the order
     * documented above. Malformed terms are rejected here as in {@link #withTerms}; an empty table is left
     * for {@link #validate()} to reject.
     */
    public VoteEscrowParameters {
        if (terms != null && !terms.isEmpty()) {
            terms = orderedTerms(terms);
        }
    }

    /**
     * The defaults of docs/domain/vote-escrow.md; every parameter has one, so nothing is asked. Change one with its
     * {@code with…} method.
     */
    public static VoteEscrowParameters defaults() {
        return checked(new VoteEscrowParameters(DEFAULT_TERMS, DEFAULT_UNLOCK_WINDOW,
                amount("dailyEmission", DEFAULT_DAILY_EMISSION), amount("stakingShare", DEFAULT_STAKING_SHARE),
                amount("votingFeeShare", DEFAULT_VOTING_FEE_SHARE)));
    }

    /**
     * These parameters with {@code terms} (code → vKSP per KSP) replacing the whole table, ordered from the
     * shortest term to the longest. Rejected ({@link CommandRejected}) when a code is miswritten, a
     * multiplier is not positive or decreases with the term, or the table is empty or longer than
     * {@link #MAX_TERMS}.
     */
    public VoteEscrowParameters withTerms(Map<String, BigDecimal> terms) {
        return checked(new VoteEscrowParameters(terms, unlockWindow, dailyEmission, stakingShare, votingFeeShare));
    }

    /**
     * These parameters with {@code unlockWindow}; rejected unless positive and at most
     * {@link ParameterLimits#MAX_DURATION}.
     */
    public VoteEscrowParameters withUnlockWindow(Duration unlockWindow) {
        return checked(new VoteEscrowParameters(terms, unlockWindow, dailyEmission, stakingShare, votingFeeShare));
    }

    /** These parameters with {@code dailyEmission} KSP at 18 decimals; rejected when negative or out of bounds. */
    public VoteEscrowParameters withDailyEmission(BigDecimal dailyEmission) {
        return checked(new VoteEscrowParameters(terms, unlockWindow, amount("dailyEmission", dailyEmission),
                stakingShare, votingFeeShare));
    }

    /** These parameters with {@code stakingShare} at 18 decimals; rejected outside 0..1. */
    public VoteEscrowParameters withStakingShare(BigDecimal stakingShare) {
        return checked(new VoteEscrowParameters(terms, unlockWindow, dailyEmission,
                amount("stakingShare", stakingShare), votingFeeShare));
    }

    /** These parameters with {@code votingFeeShare} at 18 decimals; rejected outside 0..1. */
    public VoteEscrowParameters withVotingFeeShare(BigDecimal votingFeeShare) {
        return checked(new VoteEscrowParameters(terms, unlockWindow, dailyEmission, stakingShare,
                amount("votingFeeShare", votingFeeShare)));
    }

    /**
     * Checks ranges; throws {@link CommandRejected} naming the offending value. At most {@link #MAX_TERMS}
     * terms, an unlock window up to {@link ParameterLimits#MAX_DURATION}.
     */
    public void validate() {
        if (terms == null || terms.isEmpty()) {
            throw CommandRejected.invalid("terms must list at least one lock term");
        }
        if (terms.size() > MAX_TERMS) {
            throw CommandRejected.invalid("terms may list at most " + MAX_TERMS + " lock terms, got " + terms.size());
        }
        orderedTerms(terms);
        if (unlockWindow == null || unlockWindow.isNegative() || unlockWindow.isZero()) {
            throw CommandRejected.invalid("unlockWindow must be positive, got " + unlockWindow);
        }
        ParameterLimits.duration("unlockWindow", unlockWindow, Duration.ofNanos(1));
        if (dailyEmission == null || dailyEmission.signum() < 0) {
            throw CommandRejected.invalid("dailyEmission must not be negative");
        }
        fraction("stakingShare", stakingShare);
        fraction("votingFeeShare", votingFeeShare);
    }

    /** The term a {@code Lock} names, or a rejection listing the terms this pool offers. */
    public LockTerm term(String code) {
        LockTerm term = LockTerm.parse(code);
        if (!terms.containsKey(term.code())) {
            throw CommandRejected.invalid("unknown term " + code + ": this pool offers " + String.join(", ", terms.keySet()));
        }
        return term;
    }

    /** vKSP per KSP of {@code term}. */
    public BigDecimal multiplier(LockTerm term) {
        BigDecimal multiplier = terms.get(term.code());
        if (multiplier == null) {
            throw CommandRejected.invalid("unknown term " + term + ": this pool offers " + String.join(", ", terms.keySet()));
        }
        return multiplier;
    }

    /** The terms from shortest to longest. */
    public List<LockTerm> termList() {
        return terms.keySet().stream().map(LockTerm::parse).sorted().toList();
    }

    /** dailyEmission × stakingShare, rounded down to 18 decimals (exact with the defaults: 293,760). */
    public BigDecimal dailyStakingEmission() {
        return Decimals.down(dailyEmission.multiply(stakingShare));
    }

    private static Map<String, BigDecimal> orderedTerms(Map<String, BigDecimal> terms) {
        List<Map.Entry<LockTerm, BigDecimal>> parsed = new ArrayList<>();
        for (Map.Entry<String, BigDecimal> entry : terms.entrySet()) {
            LockTerm term = LockTerm.parse(entry.getKey());
            if (!term.code().equals(entry.getKey())) {
                throw CommandRejected.invalid("term " + entry.getKey() + " must be written " + term.code());
            }
            BigDecimal multiplier = amount("multiplier of term " + term, entry.getValue());
            if (multiplier.signum() <= 0) {
                throw CommandRejected.invalid("multiplier of term " + term + " must be positive, got "
                        + Decimals.format(multiplier));
            }
            parsed.add(Map.entry(term, multiplier));
        }
        parsed.sort(Map.Entry.comparingByKey());
        Map<String, BigDecimal> ordered = new LinkedHashMap<>();
        BigDecimal previous = null;
        String previousCode = null;
        for (Map.Entry<LockTerm, BigDecimal> entry : parsed) {
            if (previous != null && entry.getValue().compareTo(previous) < 0) {
                throw CommandRejected.invalid("term " + entry.getKey() + " gives " + Decimals.format(entry.getValue())
                        + " vKSP per KSP, less than the shorter term " + previousCode + " (" + Decimals.format(previous)
                        + "); multipliers must not decrease with the term");
            }
            ordered.put(entry.getKey().code(), entry.getValue());
            previous = entry.getValue();
            previousCode = entry.getKey().code();
        }
        return Collections.unmodifiableMap(ordered);
    }

    private static VoteEscrowParameters checked(VoteEscrowParameters parameters) {
        parameters.validate();
        return parameters;
    }

    private static BigDecimal amount(String name, BigDecimal value) {
        return DecimalText.bounded(name, value);
    }

    private static void fraction(String name, BigDecimal value) {
        if (value == null || value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
            throw CommandRejected.invalid(name + " must be between 0 and 1, got "
                    + (value == null ? "nothing" : Decimals.format(value)));
        }
    }
}
