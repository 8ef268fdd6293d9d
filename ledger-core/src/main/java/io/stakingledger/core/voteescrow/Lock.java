package io.stakingledger.core.voteescrow;

import io.stakingledger.core.common.fields.ActingAccount;
import io.stakingledger.core.common.fields.Doc;
import io.stakingledger.core.common.fields.FreeText;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Locks {@code amount} KSP (at most 18 decimals) for {@code term} ({@code 4M}, {@code 8M}, {@code 12M},
 * {@code 12M+} with the default terms). All of an account's KSP shares one end date; see
 * {@link VkspMultiplierRule} and {@link VoteEscrowDecider} for the end-date and vKSP rules.
 */
public record Lock(@TargetAggregateIdentifier String poolId,
                   @ActingAccount String account,
                   @Doc(value = "KSP locked", example = "1000") BigDecimal amount,
                   @FreeText @Doc(value = "a term of the pool's terms table (defaults: 4M, 8M, 12M, 12M+)", example = "12M") String term,
                   Instant at,
                   String commandId) implements VoteEscrowCommand {
}
