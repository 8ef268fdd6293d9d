package io.stakingledger.core.voteescrow;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Locks {@code amount} KSP (at most 18 decimals) for {@code term} ({@code 4M}, {@code 8M}, {@code 12M},
 * {@code 12M+} with the default terms). All of an account's KSP shares one end date; see
 * {@link VkspMultiplierRule} and {@link VoteEscrowDecider} for the end-date and vKSP rules.
 */
public record Lock(@TargetAggregateIdentifier String poolId, String account, BigDecimal amount, String term,
                   Instant at, String commandId) implements VoteEscrowCommand {
}
