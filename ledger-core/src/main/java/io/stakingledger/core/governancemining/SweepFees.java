package io.stakingledger.core.governancemining;

import io.stakingledger.core.common.fields.Doc;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Shares {@code amount} KDX of swept fees (plus anything still undistributed) over the included stakes
 * by raising the revenue-per-token accumulator. With nothing staked the fees wait for the next sweep.
 */
public record SweepFees(@TargetAggregateIdentifier String poolId,
                        @Doc(value = "KDX of swept fees shared over the included stakes", example = "50") BigDecimal amount,
                        Instant at,
                        String commandId) implements GovernanceMiningCommand {
}
