package io.stakingledger.core.common;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.regex.Pattern;

/**
 * Validation of command inputs shared by every program. Each check throws {@link CommandRejected}
 * with a message that names the field, so a malformed command never reaches the domain rules.
 */
public final class Inputs {

    /**
     * Pool ids, account ids, assets, vote targets and command ids: 1 to {@value #MAX_IDENTIFIER_LENGTH}
     * ASCII letters, digits, {@code .}, {@code _}, {@code :} and {@code -}, starting with a letter or digit
     * (so never a path, never blank, never padded).
     */
    public static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]*");

    public static final int MAX_IDENTIFIER_LENGTH = 128;

    private Inputs() {
    }

    /**
     * An identifier as {@link #IDENTIFIER} defines it.
     *
     * @throws CommandRejected (invalid input) naming {@code field} when absent or malformed
     */
    public static String identifier(String field, String value) {
        if (value == null || value.isEmpty()) {
            throw CommandRejected.invalid(field + " is required");
        }
        if (value.length() > MAX_IDENTIFIER_LENGTH || !IDENTIFIER.matcher(value).matches()) {
            throw CommandRejected.invalid("field " + field + ": " + Quote.of(value) + " is not an identifier (1 to "
                    + MAX_IDENTIFIER_LENGTH + " of the characters A-Z a-z 0-9 . _ : -, starting with a letter or digit)");
        }
        return value;
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
        return DecimalText.bounded(field, value);
    }

    public static String text(String field, String value) {
        if (value == null || value.isBlank()) {
            throw CommandRejected.invalid(field + " is required");
        }
        return value;
    }

    /** Business time: present and between {@link InstantText#EARLIEST} and {@link InstantText#LATEST}. */
    public static Instant time(Instant at) {
        if (at == null) {
            throw CommandRejected.invalid("at (business time) is required");
        }
        return InstantText.inRange("at", at);
    }

    /** Business time must not go backwards within a pool (docs/domain/README.md, "Business time"). */
    public static void notBefore(Instant at, Instant last) {
        time(at);
        if (last != null && at.isBefore(last)) {
            throw CommandRejected.conflict("at " + at + " is earlier than the pool's last event at " + last
                    + "; business time must not go backwards");
        }
    }
}
