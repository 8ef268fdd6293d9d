package io.stakingledger.core.governancemining;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * Operator command: moves every pending stake into the pool's stakes, one {@link PendingStakeIncluded}
 * per account, in the order the accounts first requested. Meant to follow a {@link SweepFees}, so that
 * nobody shares fees swept before it joined.
 */
public record IncludePending(@TargetAggregateIdentifier String poolId, Instant at, String commandId) implements GovernanceMiningCommand {
}
