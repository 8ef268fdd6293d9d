package io.stakingledger.app.audit;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * The audit of one pool: its hash chain recomputed from the store and its conservation laws.
 * {@code failure} is set (and {@code ok} false) when the pool's events could not even be folded; the
 * reason is in the log under the id the failure names.
 */
public record PoolAudit(String pool, String program, boolean ok, ChainReport chain, List<ConservationCheck> conservation,
                        @JsonInclude(JsonInclude.Include.NON_NULL) String failure) {

    public PoolAudit(String pool, String program, boolean ok, ChainReport chain, List<ConservationCheck> conservation) {
        this(pool, program, ok, chain, conservation, null);
    }
}
