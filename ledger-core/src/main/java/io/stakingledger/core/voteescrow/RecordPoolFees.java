package io.stakingledger.core.voteescrow;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;
import java.time.Instant;

/** Records the trade fees (USD) of {@code target} over the last 24 hours; replaces the previous record. */
public record RecordPoolFees(@TargetAggregateIdentifier String poolId, String target, BigDecimal fees, Instant at,
                             String commandId) implements VoteEscrowCommand {
}
