package io.stakingledger.core.earlystaking;

import org.axonframework.serialization.Revision;

import java.math.BigDecimal;
import java.time.Instant;

/** Epoch {@code epoch} closed: {@code rewardAdded} joined the assets (zero when no shares existed, in which case it was carried); {@code rewardCarried} waits for the next epoch; {@code sharePrice} is the price after the reward, rounded down. */
@Revision("1")
public record EpochClosed(String poolId, int epoch, Instant scheduledEnd, BigDecimal rewardAdded, BigDecimal rewardCarried, BigDecimal sharePrice, Instant at) implements EarlyStakingEvent {
}
