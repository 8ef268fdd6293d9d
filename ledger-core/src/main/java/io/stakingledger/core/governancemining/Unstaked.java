package io.stakingledger.core.governancemining;

import org.axonframework.serialization.Revision;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * {@code amount} KDX left the account's stake: {@code penalty} (rounded down at the pool's precision)
 * was burned and {@code paidOut} = amount − penalty returned. The reward the old stake had earned was
 * credited first ({@code rewardSettled}, at accumulator value {@code revenuePerToken}). The account's
 * effective start moved to {@code at}. Amounts at scale 18.
 */
@Revision("1")
public record Unstaked(String poolId, String account, BigDecimal amount, BigDecimal penalty, BigDecimal paidOut,
                       BigDecimal rewardSettled, BigDecimal stakedAfter, BigDecimal revenuePerToken,
                       Instant at) implements GovernanceMiningEvent {
}
