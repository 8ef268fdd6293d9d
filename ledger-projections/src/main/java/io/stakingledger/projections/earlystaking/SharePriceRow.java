package io.stakingledger.projections.earlystaking;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

/** The share price after one closed epoch (rounded down to 18 decimals) and the reward that produced it. */
public record SharePriceRow(int epoch, Instant scheduledEnd, Instant closedAt, BigDecimal rewardAdded,
                            BigDecimal rewardCarried, BigDecimal sharePrice) implements Serializable {
}
