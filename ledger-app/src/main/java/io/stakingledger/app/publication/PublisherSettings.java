package io.stakingledger.app.publication;

import java.time.Duration;

/**
 * How the Kafka publisher runs ({@code ledger.kafka.*}, docs/back-office.md).
 *
 * @param topic        where every event goes; also the publication's name in the store (a new topic starts at
 *                     the first event)
 * @param nodeId       this node's name in the lease
 * @param batchSize    events sent before the acknowledgements are awaited and the position stored
 * @param pollInterval how often an idle publisher looks for new events (and a standing-by node for the lease)
 * @param lease        how long a claim lasts without renewal; another node takes over this long after a crash
 * @param ackTimeout   how long a batch may wait for the broker before it counts as failed and is sent again
 * @param maxBackoff   the longest pause between attempts while the broker cannot be reached
 * @param createTopic  create the topic when it does not exist, with {@code partitions} and {@code replicas}
 *                     (0: the broker's default)
 */
public record PublisherSettings(String topic, String nodeId, int batchSize, Duration pollInterval, Duration lease,
                                Duration ackTimeout, Duration maxBackoff, boolean createTopic, int partitions,
                                short replicas) {

    public PublisherSettings {
        if (topic == null || topic.isBlank()) {
            throw new IllegalArgumentException("ledger.kafka.topic must name a topic");
        }
        if (batchSize < 1 || batchSize > 10_000) {
            throw new IllegalArgumentException("ledger.kafka.batch-size must be between 1 and 10000, got " + batchSize);
        }
        if (ackTimeout.multipliedBy(2).compareTo(lease) > 0) {
            throw new IllegalArgumentException("ledger.kafka.lease (" + lease + ") must be at least twice "
                    + "ledger.kafka.ack-timeout (" + ackTimeout + "), so a batch is acknowledged inside the lease");
        }
    }

    /** A holder renews its lease once a third of it has passed. */
    Duration renewEvery() {
        return lease.dividedBy(3);
    }
}
