package io.stakingledger.core.common;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Validation of command inputs shared by every program. Each check throws {@link CommandRejected}
 * with a message that names the field, so a malformed command never reaches the domain rules.
 */
public final class Inputs {

    private Inputs() {
    }

    /** A token amount or share count: present, strictly positive, at most 18 fractional digits. */
    public static BigDecimal positiveAmount(String field, BigDecimal value) {
        BigDecimal amount = amount(field, value);
        if (amount.signum() <= 0) {
            throw CommandRejected.invalid(field + " must be positive, got " + Decimals.format(value));
        }
        return amount;
    }

    /** A token amount that may be zero. */
    public static BigDecimal nonNegativeAmount(String field, BigDecimal value) {
        BigDecimal amount = amount(field, value);
        if (amount.signum() < 0) {
            throw CommandRejected.invalid(field + " must not be negative, got " + Decimals.format(value));
        }
        return amount;
    }

    private static BigDecimal amount(String field, BigDecimal value) {
        if (value == null) {
            throw CommandRejected.invalid(field + " is required");
        }
        if (value.stripTrailingZeros().scale() > Decimals.SCALE) {
            throw CommandRejected.invalid(field + " has more than " + Decimals.SCALE
                    + " decimal places: " + value.toPlainString());
        }
        return Decimals.exact(value);
    }

    public static String text(String field, String value) {
        if (value == null || value.isBlank()) {
            throw CommandRejected.invalid(field + " is required");
        }
        return value;
    }

    public static Instant time(Instant at) {
        if (at == null) {
            throw CommandRejected.invalid("at (business time) is required");
        }
        return at;
    }

    /** Business time must not go backwards within a pool (SPEC.md, "Business time"). */
    public static void notBefore(Instant at, Instant last) {
        time(at);
        if (last != null && at.isBefore(last)) {
            throw CommandRejected.conflict("at " + at + " is earlier than the pool's last event at " + last
                    + "; business time must not go backwards");
        }
    }
}
