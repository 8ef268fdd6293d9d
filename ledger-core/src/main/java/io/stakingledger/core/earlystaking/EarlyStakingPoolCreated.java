package io.stakingledger.core.earlystaking;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** An early-staking pool was created with these parameters. */
@Revision("1")
public record EarlyStakingPoolCreated(String poolId, EarlyStakingParameters parameters, Instant at) implements EarlyStakingEvent {
}
