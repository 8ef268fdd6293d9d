package io.stakingledger.core.pointsboost;

import org.axonframework.serialization.Revision;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The token price became {@code price} USD for the whole pool at {@code at} (18 decimals). Accounts are
 * not touched: each settles its staking points lazily against the pool's cumulative price × time.
 */
@Revision("1")
public record PriceSet(String poolId, BigDecimal price, Instant at) implements PointsBoostEvent {
}
