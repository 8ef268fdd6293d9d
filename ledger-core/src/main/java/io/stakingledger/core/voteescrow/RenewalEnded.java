package io.stakingledger.core.voteescrow;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * A self-renewing lock stopped renewing at every end: it now behaves as a lock of the same months whose
 * unlock window opens at {@code lockEnd}, and keeps its multiplier until unlocked.
 */
@Revision("1")
public record RenewalEnded(String poolId, String account, Instant lockEnd, Instant at) implements VoteEscrowEvent {
}
