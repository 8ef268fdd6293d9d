package io.stakingledger.core.voteescrow;

import io.stakingledger.core.common.fields.Doc;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;
import java.time.Instant;

/** Records the trade fees (USD) of {@code target} over the last 24 hours; replaces the previous record. */
public record RecordPoolFees(@TargetAggregateIdentifier String poolId,
                             @Doc(value = "the vote target whose fees these are", example = "KSP-USDC") String target,
                             @Doc(value = "the target's trade fees in USD over the last 24 hours", example = "2500") BigDecimal fees,
                             Instant at,
                             String commandId) implements VoteEscrowCommand {
}
