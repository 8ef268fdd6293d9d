package io.stakingledger.core.earlystaking;

import io.stakingledger.core.common.PoolEvent;
import org.axonframework.serialization.Revision;

import java.math.BigDecimal;
import java.time.Instant;

/** A sale purchase: {@code amount} KASH bought when {@code soldBefore} had been sold, earning {@code dcrEarned} (rounded down) at average bonus {@code effectiveBonus}. */
@Revision("1")
public record KashPurchased(String poolId, String account, BigDecimal amount, String paidAsset, BigDecimal paidAmount, BigDecimal soldBefore, BigDecimal effectiveBonus, BigDecimal dcrEarned, Instant at) implements PoolEvent {
}
