package io.stakingledger.core.governancemining;

import org.axonframework.serialization.Revision;

import java.math.BigDecimal;
import java.time.Instant;

/** {@code amount} KDX (scale 18) entered the account's pendingAdd; it earns nothing until included. */
@Revision("1")
public record StakeRequested(String poolId, String account, BigDecimal amount, Instant at) implements GovernanceMiningEvent {
}
