package io.stakingledger.core.earlystaking;

import io.stakingledger.core.common.Amount;
import io.stakingledger.core.common.PoolEvent;
import io.stakingledger.core.common.Rounding;
import io.stakingledger.core.common.Shares;

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
    private SharePrice price;

    Realization(EarlyStakingState pool, Instant at) {
        this.pool = pool;
        this.at = at;
        this.price = pool.sharePrice();
    }

    List<PoolEvent> run() {
        List<PoolEvent> events = new ArrayList<>();
        if (pool.ended()) {
            return events;
        }
        Shares cap = pool.shareCap();
        for (Reservation entry : pool.queue()) {
            Shares capacity = cap.minus(price.weightedShares());
            // floor(capacity × price) KASH mints at most floor(floor(capacity × price) / price) ≤ capacity shares.
            Amount affordable = price.valueOf(capacity, Rounding.CREDIT);
            Amount queued = entry.amount();
            Amount amount = queued.min(affordable);
            if (amount.signum() <= 0) {
                break;
            }
            Shares shares = price.sharesFor(amount, Rounding.CREDIT);
            if (shares.isZero()) {
                break;
            }
            events.add(new ReservationRealized(pool.poolId(), entry.reservationId(), entry.account(), amount.value(),
                    shares.value(), at));
            price = price.plus(amount, shares);
            if (queued.exceeds(amount)) {
                break;
            }
        }
        return events;
    }

    /** Share price once the realized entries have joined the pool. */
    SharePrice priceAfter() {
        return price;
    }
}
