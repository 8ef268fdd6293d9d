package io.stakingledger.core.governancemining;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;

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

    static Duration between(Instant from, Instant to) {
        return Duration.between(from, to);
    }
}
