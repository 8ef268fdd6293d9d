package io.stakingledger.core.earlystaking;

import org.axonframework.serialization.Revision;

import java.math.BigDecimal;
import java.time.Instant;

/** {@code dcr} was exercised: it became debt and minted {@code virtualShares} (rounded down). */
@Revision("1")
public record DcrExercised(String poolId, String account, BigDecimal dcr, BigDecimal virtualShares, Instant at) implements EarlyStakingEvent {
}
