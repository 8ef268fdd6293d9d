package io.stakingledger.core.earlystaking;

import io.stakingledger.core.common.fields.ActingAccount;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Exercises the principal conversion right: the bought KASH is burned and the sale payment refunded. */
public record ConvertPrincipal(@TargetAggregateIdentifier String poolId,
                               @ActingAccount String account,
                               Instant at,
                               String commandId) implements EarlyStakingCommand {
}
