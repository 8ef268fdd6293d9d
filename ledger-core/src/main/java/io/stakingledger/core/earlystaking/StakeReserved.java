package io.stakingledger.core.earlystaking;

import org.axonframework.serialization.Revision;

import java.math.BigDecimal;
import java.time.Instant;

/** {@code amount} KASH joined the back of the reservation queue as entry {@code reservationId}. */
@Revision("1")
public record StakeReserved(String poolId, long reservationId, String account, BigDecimal amount, Instant at) implements EarlyStakingEvent {
}
