package io.stakingledger.core.governancemining;

import ch.obermuhlner.math.big.BigDecimalMath;
import io.stakingledger.core.common.Amount;
import io.stakingledger.core.common.Decimals;

import java.math.BigDecimal;
import java.time.Duration;

/**
 * The claim penalty curve of docs/domain/governance-mining.md: a claim made {@code s} after the account's effective start
 * burns {@code reward × (1 − s / maturation)^exponent} when {@code s < maturation}, nothing after.
 *
 * <p>The rate is computed in decimal arithmetic at 34 significant digits ({@link Decimals#MC}, with
 * big-math's {@code pow} for the non-integer exponent), from the exact ratio of the two durations in
 * nanoseconds, so every machine and every replay gets the same digits. The penalty is then rounded
 * down at the pool's precision, as docs/domain/governance-mining.md says. Rounding the penalty down does not cost the pool:
 * the penalty is burned and the rest is paid, so the reward leaves the pool whole either way; the
 * rounding only decides whether the last unit is burned or paid, and docs/domain/governance-mining.md gives it to the holder.
 */
public final class MaturationPenalty {

    private MaturationPenalty() {
    }

    /**
     * (1 − s / maturation)^exponent for 0 ≤ s &lt; maturation; exactly 1 at s ≤ 0 and exactly 0 from
     * s = maturation on. At 34 significant digits.
     */
    public static BigDecimal rate(Duration sinceEffectiveStart, Duration maturation, BigDecimal exponent) {
        if (sinceEffectiveStart.isNegative() || sinceEffectiveStart.isZero()) {
            return BigDecimal.ONE;
        }
        if (sinceEffectiveStart.compareTo(maturation) >= 0) {
            return BigDecimal.ZERO;
        }
        // (maturation − s) / maturation in one division: subtracting from 1 after dividing would lose
        // leading digits near maturity.
        BigDecimal remaining = TimeMath.nanos(maturation.minus(sinceEffectiveStart))
                .divide(TimeMath.nanos(maturation), Decimals.MC);
        return BigDecimalMath.pow(remaining, exponent, Decimals.MC);
    }

    /** The penalty on {@code reward} at {@code rate}, rounded down at the pool's precision (scale 18). */
    public static Amount penalty(Amount reward, BigDecimal rate, GovernanceMiningParameters parameters) {
        return Amount.of(parameters.roundDownToPrecision(reward.value().multiply(rate)));
    }

    /** {@link #penalty(Amount, BigDecimal, GovernanceMiningParameters)} in decimals. */
    public static BigDecimal penalty(BigDecimal reward, BigDecimal rate, GovernanceMiningParameters parameters) {
        return penalty(Amount.of(reward), rate, parameters).value();
    }
}
