package io.stakingledger.core.earlystaking;

import org.axonframework.serialization.Revision;

import java.math.BigDecimal;
import java.time.Instant;

/** {@code amount} KASH entered the pool and minted {@code principalShares} (rounded down). */
@Revision("1")
public record StakeDeposited(String poolId, String account, BigDecimal amount, BigDecimal principalShares, Instant at) implements EarlyStakingEvent {
}
