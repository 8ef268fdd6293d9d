package io.stakingledger.app.api;

import io.stakingledger.core.common.CommandRejected;
import io.stakingledger.core.common.DecimalText;
import io.stakingledger.core.common.InstantText;
import io.stakingledger.core.earlystaking.EarlyStakingParameters;

import java.math.BigDecimal;
import java.time.Instant;

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

    /**
     * Reads the {@code asOf} and {@code asOfEpoch} parameters of a REST call or a batch query (either may
     * be absent; present, each must be well formed: a blank one is refused).
     */
    public static PointInTime parse(String asOf, String asOfEpoch) {
        Instant instant = asOf == null ? null : InstantText.parse("asOf", asOf);
        Integer epoch = null;
        if (asOfEpoch != null) {
            BigDecimal number = DecimalText.parse("asOfEpoch", asOfEpoch);
            if (number.stripTrailingZeros().scale() > 0) {
                throw CommandRejected.invalid("asOfEpoch is not an epoch number: " + asOfEpoch);
            }
            if (number.signum() <= 0) {
                throw CommandRejected.invalid("asOfEpoch counts epochs from 1, got " + asOfEpoch);
            }
            if (number.compareTo(BigDecimal.valueOf(EarlyStakingParameters.MAX_EPOCHS)) > 0) {
                throw CommandRejected.invalid("asOfEpoch must be at most " + EarlyStakingParameters.MAX_EPOCHS
                        + " (no pool has more epochs), got " + asOfEpoch);
            }
            epoch = number.intValueExact();
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
