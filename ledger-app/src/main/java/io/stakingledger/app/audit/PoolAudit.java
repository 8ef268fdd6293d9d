package io.stakingledger.app.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.stakingledger.app.store.AppliedCommandsCheck;

import java.util.List;

/**
 * The audit of one pool: its hash chain recomputed from the store, its conservation laws, and its applied-command
 * rows against its events ({@code commands}, null when the events could not be read).
 * {@code failure} is set (and {@code ok} false) when the pool's events could not even be folded; the
 * reason is in the log under the id the failure names.
 */
public record PoolAudit(String pool, String program, boolean ok, ChainReport chain, List<ConservationCheck> conservation,
                        @JsonInclude(JsonInclude.Include.NON_NULL) AppliedCommandsCheck commands,
                        @JsonInclude(JsonInclude.Include.NON_NULL) String failure) {
}
