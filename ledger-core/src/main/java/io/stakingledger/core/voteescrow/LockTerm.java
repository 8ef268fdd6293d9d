package io.stakingledger.core.voteescrow;

import io.stakingledger.core.common.CommandRejected;

import java.io.Serializable;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A lock term as written in the pool's parameters and in {@code Lock} commands: {@code <months>M} for a
 * lock of that many calendar months (UTC), or {@code <months>M+} for a self-renewing lock of that length
 * (docs/domain/vote-escrow.md, the "+α" term) that renews at every end, with no unlock window, until {@code EndRenewal}.
 *
 * <p>Terms are ordered by months, and a self-renewing term is longer than the plain term of the same
 * months ({@code 4M < 8M < 12M < 12M+}). The multiplier (vKSP per KSP) lives in
 * {@link VoteEscrowParameters#terms()}, not here.
 */
public record LockTerm(String code, int months, boolean selfRenewing) implements Comparable<LockTerm>, Serializable {

    private static final Pattern CODE = Pattern.compile("([1-9][0-9]{0,3})M(\\+?)");

    private static final Comparator<LockTerm> ORDER = Comparator.comparingInt(LockTerm::months)
            .thenComparing(LockTerm::selfRenewing);

    /** Parses {@code 4M}, {@code 12M+}, ...; anything else is rejected as invalid input. */
    public static LockTerm parse(String code) {
        if (code == null) {
            throw CommandRejected.invalid("term is required (for example 4M, 8M, 12M or 12M+)");
        }
        Matcher m = CODE.matcher(code.trim());
        if (!m.matches()) {
            throw CommandRejected.invalid("term " + code + " is not a lock term: write <months>M or <months>M+ (e.g. 12M+)");
        }
        return new LockTerm(m.group(1) + "M" + m.group(2), Integer.parseInt(m.group(1)), !m.group(2).isEmpty());
    }

    /** True when this term is at least as long as {@code other} in the order above. */
    public boolean atLeast(LockTerm other) {
        return compareTo(other) >= 0;
    }

    @Override
    public int compareTo(LockTerm other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return code;
    }
}
