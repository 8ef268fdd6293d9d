-- Publication of the stored events to Kafka (docs/back-office.md). One row per publication (its name is
-- the topic): how far the events are published, and which node publishes. The same DDL runs on H2 2.x
-- and PostgreSQL.
--   publishedPosition  the last cursor (DomainEventEntry.globalIndex) the broker acknowledged, with every
--                      event before it; 0 before the first. It only moves forward, and only after the acks.
--   leaseOwner         the node that publishes, or null; a node publishes only while it holds the lease.
--   leaseUntil         the end of the lease, in milliseconds since 1970 of the store's own clock; after it
--                      another node may claim the lease (a conditional UPDATE, so only one succeeds).
CREATE TABLE IF NOT EXISTS EventPublication (
    publication       VARCHAR(255) NOT NULL PRIMARY KEY,
    publishedPosition BIGINT       NOT NULL,
    leaseOwner        VARCHAR(255),
    leaseUntil        BIGINT       NOT NULL
);
