-- Nodes starting together on an empty shared store must make one bootstrap admin key, not one each: the first
-- node to insert the claim makes the key in the same transaction; the others find the claim taken and write none.
CREATE TABLE BootstrapClaim (
    claim      VARCHAR(64) NOT NULL PRIMARY KEY,
    claimedAt  VARCHAR(40) NOT NULL
);
