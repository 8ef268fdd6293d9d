package io.stakingledger.core.governancemining;

import io.stakingledger.core.common.fields.ActingAccount;
import io.stakingledger.core.common.fields.Doc;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Queues {@code amount} KDX as the account's {@code pendingAdd}; it starts sharing fees at the next
 * {@link IncludePending}. At most the pool's precision in fractional digits.
 */
public record RequestStake(@TargetAggregateIdentifier String poolId,
                           @ActingAccount String account,
                           @Doc(value = "KDX to stake from the next IncludePending", example = "1000") BigDecimal amount,
                           Instant at,
                           String commandId) implements GovernanceMiningCommand {
}
