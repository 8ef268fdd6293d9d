package io.stakingledger.core.earlystaking;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

/** One entry of the reservation queue: {@code amount} KASH still waiting, queued at {@code since}. */
public record Reservation(long reservationId, String account, BigDecimal amount, Instant since) implements Serializable {
}
