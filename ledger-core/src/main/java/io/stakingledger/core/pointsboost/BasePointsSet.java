package io.stakingledger.core.pointsboost;

import org.axonframework.serialization.Revision;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * {@code account} now earns {@code pointsPerDay} base points per day from its other positions.
 * {@code pointsAccrued} is its total settled at {@code at} under the previous base (18 decimals,
 * rounded down; zero for a new account).
 */
@Revision("1")
public record BasePointsSet(String poolId, String account, BigDecimal pointsPerDay, BigDecimal pointsAccrued,
                            Instant at) implements PointsBoostEvent {
}
