package io.stakingledger.core.governancemining;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;

/**
 * Where an account stands on the maturation curve after an inclusion (docs/domain/governance-mining.md):
 * <pre>
 *   passed = min(maturation, now − effectiveStart);  base = now − passed
 *   effectiveStart ← base + passed × added / (added + previousStake)
 * </pre>
 * A new staker (no previous stake) starts at {@code now}, the beginning of the curve; an existing one
 * keeps the share of its progress that its old stake holds in the new one. The offset is rounded up
 * to a whole nanosecond, that is towards the later instant: rounding never grants maturity that was
 * not earned.
 */
public final class EffectiveStart {

    private EffectiveStart() {
    }

    /**
     * @param effectiveStart the account's current effective start, {@code null} if it was never included
     * @param now            the inclusion time
     * @param previousStake  the account's stake before the inclusion, ≥ 0
     * @param added          the stake included now, &gt; 0
     */
    public static Instant afterInclusion(Instant effectiveStart, Instant now, BigDecimal previousStake,
                                         BigDecimal added, Duration maturation) {
        if (effectiveStart == null || previousStake.signum() == 0) {
            return now;
        }
        Duration elapsed = Duration.between(effectiveStart, now);
        Duration passed = elapsed.compareTo(maturation) < 0 ? elapsed : maturation;
        Instant base = now.minus(passed);
        BigDecimal offsetNanos = TimeMath.nanos(passed).multiply(added)
                .divide(added.add(previousStake), 0, RoundingMode.UP);
        return base.plus(TimeMath.duration(offsetNanos));
    }
}
