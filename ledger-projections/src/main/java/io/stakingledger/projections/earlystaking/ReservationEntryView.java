package io.stakingledger.projections.earlystaking;

import java.math.BigDecimal;
import java.time.Instant;

/** One place in the reservation queue; {@code position} counts from 1 at the head. */
public record ReservationEntryView(int position, long reservationId, String account, BigDecimal amount,
                                   Instant since) {
}
