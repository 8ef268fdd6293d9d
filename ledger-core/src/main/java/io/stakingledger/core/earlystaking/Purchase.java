package io.stakingledger.core.earlystaking;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;
import java.time.Instant;

/** Records a sale purchase of {@code amount} KASH at the current point of the EPB curve; {@code paidAsset}/{@code paidAmount} is what the buyer paid, kept for the principal conversion right. */
public record Purchase(@TargetAggregateIdentifier String poolId, String account, BigDecimal amount, String paidAsset, BigDecimal paidAmount, Instant at, String commandId) implements EarlyStakingCommand {
}
