package io.stakingledger.core.common;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * The one grammar by which an instant or a duration enters the ledger.
 *
 * <p>An instant is an ISO-8601 date and time of day with seconds and a zone, in ASCII:
 * {@code 2026-01-05T00:00:00Z}, {@code 2026-01-05T09:00:00.250+09:00}. Its year has four digits and it
 * lies between {@link #EARLIEST} and {@link #LATEST}. Not accepted: a date alone, a time without zone,
 * epoch seconds, blanks, lower-case {@code t} or {@code z}, signed or five-digit years.
 *
 * <p>A duration is an ISO-8601 duration of days and time ({@code P7D}, {@code PT72H}, {@code P1DT12H},
 * {@code PT0.5S}) of at most {@link #MAX_DURATION_LENGTH} characters; callers bound its value.
 */
public final class InstantText {

    /** Earliest instant accepted anywhere. */
    public static final Instant EARLIEST = Instant.parse("1970-01-01T00:00:00Z");

    /** Latest instant accepted anywhere; every instant a pool computes from its parameters stays below it too. */
    public static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

    public static final int MAX_DURATION_LENGTH = 32;

    private static final Pattern INSTANT = Pattern.compile(
            "[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?(Z|[+-][0-9]{2}:[0-9]{2})");
    private static final Pattern DURATION = Pattern.compile(
            "P(?:[0-9]{1,9}D)?(?:T(?:[0-9]{1,9}H)?(?:[0-9]{1,9}M)?(?:[0-9]{1,9}(?:\\.[0-9]{1,9})?S)?)?");
    private static final String NOT_AN_INSTANT = " is not an ISO-8601 instant with a zone (e.g. 2026-01-01T00:00:00Z)";

    private InstantText() {
    }

    /**
     * Reads an instant.
     *
     * @throws CommandRejected (invalid input) naming {@code field}; a blank text is invalid, not absent
     */
    public static Instant parse(String field, String text) {
        if (text == null) {
            throw CommandRejected.invalid(field + " is required");
        }
        if (text.length() > 40 || !INSTANT.matcher(text).matches()) {
            throw CommandRejected.invalid("field " + field + ": " + Quote.of(text) + NOT_AN_INSTANT);
        }
        Instant instant;
        try {
            instant = OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw CommandRejected.invalid("field " + field + ": " + Quote.of(text) + NOT_AN_INSTANT
                    + ": no such date or time");
        }
        return inRange(field, instant);
    }

    /** {@code instant} itself when it lies between {@link #EARLIEST} and {@link #LATEST}. */
    public static Instant inRange(String field, Instant instant) {
        if (instant.isBefore(EARLIEST) || instant.isAfter(LATEST)) {
            throw CommandRejected.invalid(field + " must lie between " + EARLIEST + " and " + LATEST + ", got " + instant);
        }
        return instant;
    }

    /**
     * Reads a duration of days, hours, minutes and seconds (no years, months, weeks or signs).
     *
     * @throws CommandRejected (invalid input) naming {@code field}
     */
    public static Duration duration(String field, String text) {
        if (text == null) {
            throw CommandRejected.invalid(field + " is required");
        }
        if (text.length() > MAX_DURATION_LENGTH || !DURATION.matcher(text).matches() || text.equals("P")
                || text.endsWith("T")) {
            throw CommandRejected.invalid("field " + field + ": " + Quote.of(text)
                    + " is not an ISO-8601 duration (e.g. P7D, PT72H or P1DT12H)");
        }
        return Duration.parse(text);
    }
}
