package io.stakingledger.core.governancemining;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.Duration;

/** Exact conversions between durations and decimal nanoseconds, free of the {@code long} overflow of {@link Duration#toNanos()}. */
final class TimeMath {

    private static final BigInteger NANOS_PER_SECOND = BigInteger.valueOf(1_000_000_000L);

    private TimeMath() {
    }

    static BigDecimal nanos(Duration duration) {
        return new BigDecimal(BigInteger.valueOf(duration.getSeconds()).multiply(NANOS_PER_SECOND)
                .add(BigInteger.valueOf(duration.getNano())));
    }

    /** A whole number of nanoseconds as a duration; {@code nanos} must already be an integer. */
    static Duration duration(BigDecimal nanos) {
        BigInteger[] split = nanos.setScale(0, RoundingMode.UNNECESSARY).toBigIntegerExact()
                .divideAndRemainder(NANOS_PER_SECOND);
        return Duration.ofSeconds(split[0].longValueExact(), split[1].longValueExact());
    }

    /** "7 days", "72 hours" or the ISO form, for rejection messages. */
    static String describe(Duration duration) {
        if (duration.getNano() == 0 && duration.getSeconds() % 86_400 == 0) {
            return plural(duration.getSeconds() / 86_400, "day");
        }
        if (duration.getNano() == 0 && duration.getSeconds() % 3_600 == 0) {
            return plural(duration.getSeconds() / 3_600, "hour");
        }
        return duration.toString();
    }

    private static String plural(long count, String unit) {
        return count + " " + unit + (count == 1 ? "" : "s");
    }
}
