package io.stakingledger.core.common;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * The one grammar by which a decimal enters the ledger, from a JSON string, a JSON number, a query
 * parameter or a batch line. Everything is checked on the text, before any arithmetic, so no input can
 * make a later step allocate or compute more than its own size allows.
 *
 * <p>Grammar: the JSON number grammar in ASCII, {@code -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?},
 * at most {@link #MAX_LENGTH} characters. No whitespace, no {@code +} sign, no NaN or Infinity, no hex,
 * no digits of other scripts. Bounds on the value it denotes (trailing fractional zeros do not count):
 * at most {@link #MAX_INTEGER_DIGITS} integer digits and at most {@code maxFractionDigits} fractional
 * digits ({@link Decimals#SCALE} unless a caller says less). An exponent is accepted when the value it
 * denotes lies within those bounds ({@code 1e3}, {@code 25E-7}); {@code 1E+400} is refused.
 */
public final class DecimalText {

    /** Longest decimal text accepted, sign and exponent included. */
    public static final int MAX_LENGTH = 64;

    /** Most digits before the decimal point (10^30 is far beyond any token supply). */
    public static final int MAX_INTEGER_DIGITS = 30;

    private static final Pattern GRAMMAR = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");

    private DecimalText() {
    }

    /** Reads {@code text} with at most 18 fractional digits. */
    public static BigDecimal parse(String field, String text) {
        return parse(field, text, Decimals.SCALE);
    }

    /**
     * Reads {@code text} as a decimal within the bounds above.
     *
     * @param field             named in the rejection
     * @param maxFractionDigits most fractional digits accepted, 0 to 18
     * @throws CommandRejected (invalid input) for text outside the grammar or a value outside the bounds
     */
    public static BigDecimal parse(String field, String text, int maxFractionDigits) {
        if (text == null) {
            throw CommandRejected.invalid(field + " is required");
        }
        if (text.length() > MAX_LENGTH) {
            throw CommandRejected.invalid("field " + field + ": a decimal has at most " + MAX_LENGTH
                    + " characters, got " + text.length());
        }
        if (!GRAMMAR.matcher(text).matches()) {
            throw CommandRejected.invalid("field " + field + ": " + Quote.of(text)
                    + " is not a decimal number (ASCII digits, optionally '-' and a '.' fraction, e.g. \"1250.5\")");
        }
        BigDecimal value;
        try {
            value = new BigDecimal(text);
        } catch (NumberFormatException e) {
            // only an exponent beyond the int range gets here
            throw text.matches(".*[eE]-.*")
                    ? CommandRejected.invalid(field + " has more than " + maxFractionDigits + " decimal places: " + text)
                    : CommandRejected.invalid(field + " has more than " + MAX_INTEGER_DIGITS + " integer digits: " + text);
        }
        BigDecimal significant = value.stripTrailingZeros();
        long integerDigits = (long) significant.precision() - significant.scale();
        if (integerDigits > MAX_INTEGER_DIGITS) {
            throw CommandRejected.invalid(field + " has more than " + MAX_INTEGER_DIGITS + " integer digits: " + text);
        }
        if (significant.scale() > maxFractionDigits) {
            throw CommandRejected.invalid(field + " has more than " + maxFractionDigits + " decimal places: " + text);
        }
        return significant.scale() < 0 ? significant.setScale(0) : value;
    }

    /**
     * Checks a decimal that is already a number (a Java caller's, or a parameter) against the same bounds
     * and brings it to 18 decimals; cheap whatever its size, and its message never spells out a huge value.
     *
     * @throws CommandRejected (invalid input) naming {@code field}
     */
    public static BigDecimal bounded(String field, BigDecimal value) {
        if (value == null) {
            throw CommandRejected.invalid(field + " is required");
        }
        BigDecimal significant = value.stripTrailingZeros();
        if ((long) significant.precision() - significant.scale() > MAX_INTEGER_DIGITS) {
            throw CommandRejected.invalid(field + " has more than " + MAX_INTEGER_DIGITS + " integer digits");
        }
        if (significant.scale() > Decimals.SCALE) {
            throw CommandRejected.invalid(field + " has more than " + Decimals.SCALE + " decimal places: "
                    + (significant.scale() <= MAX_LENGTH ? value.toPlainString() : value.toString()));
        }
        return Decimals.exact(value);
    }

    /**
     * Reads a whole number written as a decimal ({@code 52}, {@code "52"}, {@code 52.0}) between
     * {@code min} and {@code max}.
     */
    public static int wholeNumber(String field, String text, int min, int max) {
        BigDecimal value = parse(field, text);
        if (value.stripTrailingZeros().scale() > 0) {
            throw CommandRejected.invalid(field + " must be a whole number, got " + text);
        }
        if (value.compareTo(BigDecimal.valueOf(min)) < 0 || value.compareTo(BigDecimal.valueOf(max)) > 0) {
            throw CommandRejected.invalid(field + " must be between " + min + " and " + max + ", got " + text);
        }
        return value.intValueExact();
    }
}
