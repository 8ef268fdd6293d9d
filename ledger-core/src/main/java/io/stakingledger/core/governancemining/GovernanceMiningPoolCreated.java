package io.stakingledger.core.governancemining;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** A governance-mining pool was created with these parameters. */
@Revision("1")
public record GovernanceMiningPoolCreated(String poolId, GovernanceMiningParameters parameters, Instant at) implements GovernanceMiningEvent {
}
