package io.stakingledger.core.earlystaking;

import io.stakingledger.core.common.fields.ActingAccount;
import io.stakingledger.core.common.fields.DecimalOrAll;
import io.stakingledger.core.common.fields.Doc;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;
import java.time.Instant;

/** Withdraws {@code amount} KASH (or everything when {@code amount} is null), keeping the account's leverage. */
public record Withdraw(@TargetAggregateIdentifier String poolId,
                       @ActingAccount String account,
                       @DecimalOrAll @Doc(value = "KASH withdrawn, or \"all\"", example = "100") BigDecimal amount,
                       Instant at,
                       String commandId) implements EarlyStakingCommand {
}
