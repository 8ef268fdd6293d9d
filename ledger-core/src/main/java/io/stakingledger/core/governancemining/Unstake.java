package io.stakingledger.core.governancemining;

import io.stakingledger.core.common.fields.ActingAccount;
import io.stakingledger.core.common.fields.Doc;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Returns {@code amount} KDX of included stake, less the stake penalty (burned) inside the window after
 * the last inclusion. Pending amounts cannot be unstaked until they are included.
 */
public record Unstake(@TargetAggregateIdentifier String poolId,
                      @ActingAccount String account,
                      @Doc(value = "KDX of included stake returned", example = "100") BigDecimal amount,
                      Instant at,
                      String commandId) implements GovernanceMiningCommand {
}
