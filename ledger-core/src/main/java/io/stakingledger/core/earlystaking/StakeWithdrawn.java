package io.stakingledger.core.earlystaking;

import org.axonframework.serialization.Revision;

import java.math.BigDecimal;
import java.time.Instant;

/** {@code amount} KASH was paid out; shares were burned (rounded up) and debt repaid (rounded down) in proportion. */
@Revision("1")
public record StakeWithdrawn(String poolId, String account, BigDecimal amount, BigDecimal principalSharesBurned, BigDecimal virtualSharesBurned, BigDecimal debtRepaid, Instant at) implements EarlyStakingEvent {
}
