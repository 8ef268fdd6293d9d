package io.stakingledger.core.common;

import java.time.Duration;

/**
 * Bounds every program's parameters share, checked when a pool is created so that no accepted pool can
 * later make a view, a command or a replay overflow: decimals within {@link DecimalText#bounded}, durations
 * up to {@link #MAX_DURATION}, and instants computed from the parameters within
 * {@link InstantText#EARLIEST} and {@link InstantText#LATEST}.
 */
public final class ParameterLimits {

    /** Longest duration any parameter may take: 3,660 days, about ten years. */
    public static final Duration MAX_DURATION = Duration.ofDays(3_660);

    private ParameterLimits() {
    }

    /**
     * A duration between {@code min} and {@link #MAX_DURATION}.
     *
     * @throws CommandRejected (invalid input) naming the parameter
     */
    public static Duration duration(String name, Duration value, Duration min) {
        if (value == null) {
            throw CommandRejected.invalid(name + " is required");
        }
        if (value.compareTo(min) < 0 || value.compareTo(MAX_DURATION) > 0) {
            throw CommandRejected.invalid(name + " must be between " + min + " and " + MAX_DURATION + " (3660 days), got "
                    + value);
        }
        return value;
    }
}
