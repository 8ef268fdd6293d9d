package io.stakingledger.core.pointsboost;

import org.axonframework.serialization.Revision;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * {@code account} unstaked {@code amount} tokens, leaving {@code stakedAfter}. Its staking multiplier is
 * unchanged: {@code stakingMultiplier} records its value at {@code at} (rounded down to 18 decimals), at
 * which it stays frozen when {@code stakedAfter} is zero. {@code pointsAccrued} is the account's total
 * settled at {@code at} under the rates that held before (18 decimals, rounded down).
 */
@Revision("1")
public record Unstaked(String poolId, String account, BigDecimal amount, BigDecimal stakedAfter,
                       BigDecimal stakingMultiplier, BigDecimal pointsAccrued, Instant at) implements PointsBoostEvent {
}
