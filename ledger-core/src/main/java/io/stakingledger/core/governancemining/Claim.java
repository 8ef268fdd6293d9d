package io.stakingledger.core.governancemining;

import io.stakingledger.core.common.fields.ActingAccount;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * Pays out the account's whole reward less the maturation penalty, which is burned. Allowed once the
 * claim cooldown has passed since the account's previous claim or, for its first claim, since its
 * first inclusion (see {@link ClaimQuote#claimableFrom()}).
 */
public record Claim(@TargetAggregateIdentifier String poolId,
                    @ActingAccount String account,
                    Instant at,
                    String commandId) implements GovernanceMiningCommand {
}
