package io.stakingledger.app.api;

import io.stakingledger.core.common.CommandRejected;

import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * Which moment of a pool's history a view answers for: now (the live views), as of a business instant
 * (every event with {@code at} ≤ {@code asOf}), or, for early-staking, as of an epoch (every event up to
 * and including that epoch's {@code EpochClosed}). At most one of the two is set.
 */
public record PointInTime(Instant asOf, Integer asOfEpoch) {

    public static final PointInTime NOW = new PointInTime(null, null);

    public PointInTime {
        if (asOf != null && asOfEpoch != null) {
            throw CommandRejected.invalid("give asOf or asOfEpoch, not both");
        }
        if (asOfEpoch != null && asOfEpoch < 1) {
            throw CommandRejected.invalid("asOfEpoch counts epochs from 1, got " + asOfEpoch);
        }
    }

    /** Reads the {@code asOf} and {@code asOfEpoch} parameters of a REST call or a batch query (either may be absent). */
    public static PointInTime parse(String asOf, String asOfEpoch) {
        Instant instant = null;
        if (asOf != null && !asOf.isBlank()) {
            try {
                instant = Instant.parse(asOf.trim());
            } catch (DateTimeParseException e) {
                throw CommandRejected.invalid("asOf is not an ISO-8601 instant (e.g. 2026-01-01T00:00:00Z): " + asOf);
            }
        }
        Integer epoch = null;
        if (asOfEpoch != null && !asOfEpoch.isBlank()) {
            try {
                epoch = Integer.valueOf(asOfEpoch.trim());
            } catch (NumberFormatException e) {
                throw CommandRejected.invalid("asOfEpoch is not an epoch number: " + asOfEpoch);
            }
        }
        return new PointInTime(instant, epoch);
    }

    public boolean isNow() {
        return asOf == null && asOfEpoch == null;
    }

    @Override
    public String toString() {
        return asOf != null ? "asOf " + asOf : asOfEpoch != null ? "asOfEpoch " + asOfEpoch : "now";
    }
}
