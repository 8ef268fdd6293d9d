package io.stakingledger.core.governancemining;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Queues {@code amount} KDX as the account's {@code pendingAdd}; it starts sharing fees at the next
 * {@link IncludePending}. At most the pool's precision in fractional digits.
 */
public record RequestStake(@TargetAggregateIdentifier String poolId, String account, BigDecimal amount, Instant at, String commandId) implements GovernanceMiningCommand {
}
