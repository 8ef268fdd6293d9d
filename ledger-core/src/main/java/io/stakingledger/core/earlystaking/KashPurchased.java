package io.stakingledger.core.earlystaking;

import org.axonframework.serialization.Revision;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A sale purchase: {@code amount} KASH bought when {@code soldBefore} had been sold, leaving {@code soldAfter}
 * (= soldBefore + amount, exact) sold, earning {@code dcrEarned} (rounded down) at average bonus
 * {@code effectiveBonus}.
 *
 * <p>Revision 2 added {@code soldAfter}, so that one purchase read on its own (an export line, a statement
 * row) shows the whole stretch of the EPB curve it was priced on. Revision 1 events are upcast by filling it
 * from their own {@code soldBefore} and {@code amount}.
 */
@Revision("2")
public record KashPurchased(String poolId, String account, BigDecimal amount, String paidAsset, BigDecimal paidAmount, BigDecimal soldBefore, BigDecimal soldAfter, BigDecimal effectiveBonus, BigDecimal dcrEarned, Instant at) implements EarlyStakingEvent {
}
