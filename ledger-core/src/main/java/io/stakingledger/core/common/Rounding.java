package io.stakingledger.core.common;

import java.math.RoundingMode;

/**
 * Why a quantity loses digits, and therefore which way it rounds. Every operation of the value types that
 * can lose digits takes one of these, so the direction is read from the reason at the call site, never
 * from a bare {@link RoundingMode}. The reasons follow the domain rule that rounding favours the pool.
 */
public enum Rounding {

    /** Paid out, credited or minted to an account: rounded down, so the pool never gives away more than it holds. */
    CREDIT(RoundingMode.DOWN),

    /** Burned, charged or owed by an account: rounded up, so the pool never takes less than is due. */
    DEBIT(RoundingMode.UP),

    /** A rate or accumulator step shared over many holders: rounded down, the remainder stays in the pool. */
    SHARE_OUT(RoundingMode.DOWN),

    /** A figure shown to a reader (a price, a rate, a leverage): rounded down, so it never overstates. */
    DISPLAY(RoundingMode.DOWN);

    private final RoundingMode mode;

    Rounding(RoundingMode mode) {
        this.mode = mode;
    }

    public RoundingMode mode() {
        return mode;
    }
}
