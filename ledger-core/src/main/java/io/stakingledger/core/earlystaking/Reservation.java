package io.stakingledger.core.earlystaking;

import io.stakingledger.core.common.Amount;

import java.io.Serializable;
import java.time.Instant;

/** One entry of the reservation queue: {@code amount} KASH still waiting, queued at {@code since}. */
public record Reservation(long reservationId, String account, Amount amount, Instant since) implements Serializable {
}
