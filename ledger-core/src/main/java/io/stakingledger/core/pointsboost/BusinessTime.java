package io.stakingledger.core.pointsboost;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

/**
 * Elapsed business time as an exact decimal number of seconds (nanosecond precision, scale 9). Days are
 * never materialised as a decimal (seconds / 86,400 does not terminate in general); formulas keep
 * seconds and divide by {@link #SECONDS_PER_DAY} once, at the rounding step.
 */
public final class BusinessTime {

    public static final BigDecimal SECONDS_PER_DAY = BigDecimal.valueOf(86_400);

    private BusinessTime() {
    }

    /** Seconds from {@code from} to {@code to}, exact; negative when {@code to} is earlier. */
    public static BigDecimal secondsBetween(Instant from, Instant to) {
        Duration d = Duration.between(from, to);
        return BigDecimal.valueOf(d.getSeconds()).add(BigDecimal.valueOf(d.getNano(), 9));
    }
}
