package io.stakingledger.core.governancemining;

import org.axonframework.serialization.Revision;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The account claimed {@code reward} KDX: its accrued reward plus {@code rewardSettled}, the reward
 * earned since its last settlement (at accumulator value {@code revenuePerToken}). {@code penaltyRate}
 * is (1 − s / maturation)^exponent at 34 digits ({@code 0} when mature); {@code penalty} =
 * reward × rate rounded down at the pool's precision was burned and {@code paidOut} = reward − penalty
 * paid. Amounts at scale 18.
 */
@Revision("1")
public record RewardClaimed(String poolId, String account, BigDecimal rewardSettled, BigDecimal reward,
                            BigDecimal penaltyRate, BigDecimal penalty, BigDecimal paidOut,
                            BigDecimal revenuePerToken, Instant at) implements GovernanceMiningEvent {
}
