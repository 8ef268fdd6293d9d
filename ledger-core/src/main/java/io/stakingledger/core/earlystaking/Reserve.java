package io.stakingledger.core.earlystaking;

import io.stakingledger.core.common.fields.ActingAccount;
import io.stakingledger.core.common.fields.Doc;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;
import java.time.Instant;

/** Queues {@code amount} KASH at the back of the reservation queue, to be staked when capacity frees up. */
public record Reserve(@TargetAggregateIdentifier String poolId,
                      @ActingAccount String account,
                      @Doc(value = "KASH queued for staking", example = "1000") BigDecimal amount,
                      Instant at,
                      String commandId) implements EarlyStakingCommand {
}
