package io.stakingledger.core.earlystaking;

import io.stakingledger.core.common.PoolEvent;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Converts queued reservations into principal shares, head first, at the current share price, while
 * weighted-share capacity remains. A partly realized entry keeps the head with its rest. Computes
 * events only; the pool state is not touched.
 */
final class Realization {

    private final EarlyStakingState pool;
    private final Instant at;
    private BigDecimal backing;
    private BigDecimal weighted;

    Realization(EarlyStakingState pool, Instant at) {
        this.pool = pool;
        this.at = at;
        this.backing = pool.assets().plus(pool.debt()).value();
        this.weighted = pool.weightedShares().value();
    }

    List<PoolEvent> run() {
        List<PoolEvent> events = new ArrayList<>();
        if (pool.ended()) {
            return events;
        }
        BigDecimal cap = pool.parameters().shareCap();
        for (Reservation entry : pool.queue()) {
            SharePrice price = priceAfter();
            BigDecimal capacity = cap.subtract(weighted);
            // floor(capacity × price) KASH mints at most floor(floor(capacity × price) / price) ≤ capacity shares.
            BigDecimal affordable = price.valueRoundingDown(capacity);
            BigDecimal amount = entry.amount().min(affordable);
            if (amount.signum() <= 0) {
                break;
            }
            BigDecimal shares = price.sharesForRoundingDown(amount);
            if (shares.signum() == 0) {
                break;
            }
            events.add(new ReservationRealized(pool.poolId(), entry.reservationId(), entry.account(), amount, shares, at));
            backing = backing.add(amount);
            weighted = weighted.add(shares);
            if (amount.compareTo(entry.amount()) < 0) {
                break;
            }
        }
        return events;
    }

    /** Share price once the realized entries have joined the pool. */
    SharePrice priceAfter() {
        return new SharePrice(backing, weighted);
    }

}
