package io.stakingledger.core.voteescrow;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Adds {@code amount} vKSP of the account's votes to {@code target}. Voting does not consume vKSP; the
 * sum of an account's votes may not exceed its vKSP.
 */
public record Vote(@TargetAggregateIdentifier String poolId, String account, String target, BigDecimal amount,
                   Instant at, String commandId) implements VoteEscrowCommand {
}
