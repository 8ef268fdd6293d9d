-- API keys for services, scripts and the bootstrap administrator (docs/security.md). Only a SHA-256 hash of
-- each key's 256-bit random secret is stored; the key itself is shown once, when it is created.
-- Times are ISO-8601 instants as text, like DomainEventEntry.timeStamp. The same DDL runs on H2 2.x and PostgreSQL.
CREATE TABLE ApiKey (
    keyId       VARCHAR(32)  NOT NULL PRIMARY KEY,
    name        VARCHAR(200) NOT NULL,
    secretHash  VARCHAR(64)  NOT NULL,
    roles       VARCHAR(200) NOT NULL,
    pools       TEXT,
    account     VARCHAR(255),
    createdAt   VARCHAR(40)  NOT NULL,
    createdBy   VARCHAR(255) NOT NULL,
    revokedAt   VARCHAR(40),
    revokedBy   VARCHAR(255)
);
