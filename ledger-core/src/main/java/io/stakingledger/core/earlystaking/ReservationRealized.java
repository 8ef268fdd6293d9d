package io.stakingledger.core.earlystaking;

import org.axonframework.serialization.Revision;

import java.math.BigDecimal;
import java.time.Instant;

/** {@code amount} KASH of queue entry {@code reservationId} was staked, minting {@code principalShares} (rounded down). */
@Revision("1")
public record ReservationRealized(String poolId, long reservationId, String account, BigDecimal amount, BigDecimal principalShares, Instant at) implements EarlyStakingEvent {
}
