package io.stakingledger.core.earlystaking;

import io.stakingledger.core.common.fields.ActingAccount;
import io.stakingledger.core.common.fields.Doc;
import io.stakingledger.core.common.fields.Positive;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;
import java.time.Instant;

/** Records a sale purchase of {@code amount} KASH at the current point of the EPB curve; {@code paidAsset}/{@code paidAmount} is what the buyer paid, kept for the principal conversion right. */
public record Purchase(@TargetAggregateIdentifier String poolId,
                       @ActingAccount String account,
                       @Doc(value = "KASH bought", example = "1000") BigDecimal amount,
                       @Doc(value = "the asset the buyer paid with", example = "USDC") String paidAsset,
                       @Positive @Doc(value = "how much of paidAsset was paid; refunded by ConvertPrincipal", example = "500") BigDecimal paidAmount,
                       Instant at,
                       String commandId) implements EarlyStakingCommand {
}
