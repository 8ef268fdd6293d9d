package io.stakingledger.core.governancemining;

import io.stakingledger.core.common.CreatePoolCommand;

import java.time.Instant;

/**
 * Creates a governance-mining pool (program {@code governance-mining}) with fully resolved parameters
 * (see {@link GovernanceMiningParameters#defaults}).
 */
public record CreateGovernanceMiningPool(String poolId, GovernanceMiningParameters parameters, Instant at, String commandId) implements CreatePoolCommand {
}
