package io.stakingledger.core.earlystaking;

import io.stakingledger.core.common.Amount;
import io.stakingledger.core.common.CommandRejected;
import io.stakingledger.core.common.Decimals;
import io.stakingledger.core.common.Rounding;
import io.stakingledger.core.common.Shares;

/** Checks every path that mints shares: pool open, queue empty, cap respected. */
final class StakingRules {

    private StakingRules() {
    }

    static void requireOpen(EarlyStakingState pool, String what) {
        if (pool.ended()) {
            throw CommandRejected.conflict("pool " + pool.poolId() + " has ended after " + pool.parameters().epochs()
                    + " epochs: " + what + " are closed (withdrawals continue)");
        }
    }

    /** While anything is queued, direct stakes would jump the queue (docs/domain/early-staking.md, "Staking reservation"). */
    static void requireEmptyQueue(EarlyStakingState pool) {
        if (!pool.queueEmpty()) {
            throw CommandRejected.conflict(pool.reservedTotal().format()
                    + " KASH are queued for staking, so direct stakes are closed: reserve instead (Reserve), "
                    + "or realize the queue first (RealizeReservations)");
        }
    }

    /** Shares minted for {@code amount}, rounded down; an amount too small to mint anything is rejected. */
    static Shares sharesFor(SharePrice price, Amount amount) {
        Shares shares = price.sharesFor(amount, Rounding.CREDIT);
        if (shares.isZero()) {
            throw CommandRejected.invalid(amount.format() + " KASH is too small to mint a share at the share price of "
                    + Decimals.format(price.value()));
        }
        return shares;
    }

    static void requireCapacity(EarlyStakingState pool, Shares weightedBefore, Shares minted, String what) {
        Shares cap = pool.shareCap();
        if (weightedBefore.plus(minted).exceeds(cap)) {
            Shares left = cap.minus(weightedBefore).max(Shares.ZERO);
            throw CommandRejected.limit(what + " would mint " + minted.format()
                    + " weighted shares but only " + left.format() + " remain under the cap of "
                    + cap.format() + " (about " + pool.sharePrice().valueOf(left, Rounding.CREDIT).format()
                    + " KASH at the current share price); reserve a place in the queue instead");
        }
    }
}
