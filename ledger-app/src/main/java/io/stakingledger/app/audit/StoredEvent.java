package io.stakingledger.app.audit;

/** One row of the event store as stored: the raw material of verification and export. */
public record StoredEvent(long globalIndex, String pool, long sequence, String payloadType, String payloadRevision,
                          String payload, String metaData) {
}
