package io.stakingledger.app.audit;

import java.util.List;

/** The audit of one pool: its hash chain recomputed from the store and its conservation laws. */
public record PoolAudit(String pool, String program, boolean ok, ChainReport chain, List<ConservationCheck> conservation) {
}
