package io.stakingledger.core.governancemining;

import org.axonframework.serialization.Revision;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The account's pending {@code amount} joined its stake. Before the stake changed, the reward its old
 * stake earned since its last settlement was credited: {@code rewardSettled}, rounded down at the pool's
 * precision, at accumulator value {@code revenuePerToken} (scale 36). {@code effectiveStart} is the
 * account's new place on the maturation curve; its lastStake becomes {@code at}. Amounts at scale 18.
 */
@Revision("1")
public record PendingStakeIncluded(String poolId, String account, BigDecimal amount, BigDecimal rewardSettled,
                                   BigDecimal stakedAfter, BigDecimal revenuePerToken, Instant effectiveStart,
                                   Instant at) implements GovernanceMiningEvent {
}
