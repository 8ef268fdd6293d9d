package io.stakingledger.core.earlystaking;

import io.stakingledger.core.common.fields.ActingAccount;
import io.stakingledger.core.common.fields.Doc;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;
import java.time.Instant;

/** Deposits {@code amount} KASH and mints principal shares at the current share price, rounded down. */
public record Stake(@TargetAggregateIdentifier String poolId,
                    @ActingAccount String account,
                    @Doc(value = "KASH staked", example = "1000") BigDecimal amount,
                    Instant at,
                    String commandId) implements EarlyStakingCommand {
}
