package io.stakingledger.app.audit;

/**
 * Result of recomputing one pool's hash chain from the store. {@code ok} with the number of events and
 * the head hash, or the first event where the chain breaks and why.
 */
public record ChainReport(String pool, boolean ok, long events, String headHash, Break firstBreak) {

    /** Where and why the chain breaks: the event's sequence in the pool, its global index, the reason. */
    public record Break(long sequence, long globalIndex, String type, String reason) {
    }
}
