package io.stakingledger.core.voteescrow;

import io.stakingledger.core.common.fields.ActingAccount;
import io.stakingledger.core.common.fields.Doc;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Adds {@code amount} vKSP of the account's votes to {@code target}. Voting does not consume vKSP; the
 * sum of an account's votes may not exceed its vKSP.
 */
public record Vote(@TargetAggregateIdentifier String poolId,
                   @ActingAccount String account,
                   @Doc(value = "the vote target (a liquidity pool)", example = "KSP-USDC") String target,
                   @Doc(value = "vKSP of votes added", example = "100") BigDecimal amount,
                   Instant at,
                   String commandId) implements VoteEscrowCommand {
}
