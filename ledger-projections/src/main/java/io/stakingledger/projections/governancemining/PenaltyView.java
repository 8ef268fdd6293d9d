package io.stakingledger.projections.governancemining;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One burn of a governance-mining pool.
 *
 * @param kind   {@code UNSTAKE_PENALTY} (burned from stake) or {@code CLAIM_PENALTY} (burned from reward)
 * @param amount KDX burned, scale 18
 */
public record PenaltyView(String account, String kind, BigDecimal amount, Instant at) {
}
