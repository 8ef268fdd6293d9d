package io.stakingledger.core.voteescrow;

import io.stakingledger.core.common.fields.ActingAccount;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Returns all of the account's locked KSP; accepted only inside the unlock window after the lock's end. */
public record Unlock(@TargetAggregateIdentifier String poolId,
                     @ActingAccount String account,
                     Instant at,
                     String commandId) implements VoteEscrowCommand {
}
