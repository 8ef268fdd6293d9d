package io.stakingledger.core.earlystaking;

import org.axonframework.serialization.Revision;

import java.math.BigDecimal;
import java.time.Instant;

/** {@code amount} KASH of queue entry {@code reservationId} was returned to its account. */
@Revision("1")
public record ReservationCancelled(String poolId, long reservationId, String account, BigDecimal amount, Instant at) implements EarlyStakingEvent {
}
