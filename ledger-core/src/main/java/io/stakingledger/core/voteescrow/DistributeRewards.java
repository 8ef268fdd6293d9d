package io.stakingledger.core.voteescrow;

import io.stakingledger.core.common.fields.Doc;
import io.stakingledger.core.common.fields.OptionalField;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Splits {@code amount} KSP among the locked accounts by vKSP share. {@code amount} is optional: when
 * {@code null} the pool's daily staking emission (dailyEmission × stakingShare) is distributed.
 */
public record DistributeRewards(@TargetAggregateIdentifier String poolId,
                                @OptionalField @Doc(value = "KSP distributed; the daily staking emission when left out", example = "500") BigDecimal amount,
                                Instant at,
                                String commandId) implements VoteEscrowCommand {
}
