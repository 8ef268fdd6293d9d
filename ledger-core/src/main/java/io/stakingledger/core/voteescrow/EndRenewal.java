package io.stakingledger.core.voteescrow;

import io.stakingledger.core.common.fields.ActingAccount;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Stops a self-renewing ({@code 12M+}) lock from renewing: its unlock window opens at the current end. */
public record EndRenewal(@TargetAggregateIdentifier String poolId,
                         @ActingAccount String account,
                         Instant at,
                         String commandId) implements VoteEscrowCommand {
}
