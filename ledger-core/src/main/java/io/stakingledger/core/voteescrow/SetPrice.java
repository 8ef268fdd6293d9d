package io.stakingledger.core.voteescrow;

import io.stakingledger.core.common.fields.Doc;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;
import java.time.Instant;

/** Sets the pool-wide KSP price (USD per KSP) used by the APR views. */
public record SetPrice(@TargetAggregateIdentifier String poolId,
                       @Doc(value = "USD per KSP", example = "0.8") BigDecimal price,
                       Instant at,
                       String commandId) implements VoteEscrowCommand {
}
