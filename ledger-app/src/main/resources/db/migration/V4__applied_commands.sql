-- The commands each pool applied, by commandId: what a repeated commandId is answered from (docs/architecture.md,
-- "Repeated commands"). One row per command that carried a commandId, written in the same transaction as its
-- events; derived from the events' metadata alone, so it can always be rebuilt from them (V4.1 does that for a
-- store written before this table existed). The same DDL runs on H2 2.x and PostgreSQL.
--   fingerprint    the SHA-256 of the command as first received (null for commands sent without one)
--   firstSequence  the pool's sequence number of the command's first event
--   lastSequence   and of its last; the events in between are the command's outcome
CREATE TABLE IF NOT EXISTS AppliedCommand (
    aggregateIdentifier VARCHAR(255) NOT NULL,
    commandId           VARCHAR(255) NOT NULL,
    fingerprint         VARCHAR(255),
    firstSequence       BIGINT       NOT NULL,
    lastSequence        BIGINT       NOT NULL,
    PRIMARY KEY (aggregateIdentifier, commandId)
);
