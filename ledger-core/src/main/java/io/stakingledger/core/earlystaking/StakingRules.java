package io.stakingledger.core.earlystaking;

import io.stakingledger.core.common.CommandRejected;
import io.stakingledger.core.common.Decimals;

import java.math.BigDecimal;

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

    /** While anything is queued, direct stakes would jump the queue (SPEC.md §1, "Staking reservation"). */
    static void requireEmptyQueue(EarlyStakingState pool) {
        if (!pool.queueEmpty()) {
            throw CommandRejected.conflict(pool.reservedTotal().format()
                    + " KASH are queued for staking, so direct stakes are closed: reserve instead (Reserve), "
                    + "or realize the queue first (RealizeReservations)");
        }
    }

    /** Shares minted for {@code amount}, rounded down; an amount too small to mint anything is rejected. */
    static BigDecimal sharesFor(SharePrice price, BigDecimal amount) {
        BigDecimal shares = price.sharesForRoundingDown(amount);
        if (shares.signum() == 0) {
            throw CommandRejected.invalid(Decimals.format(amount) + " KASH is too small to mint a share at the share price of "
                    + Decimals.format(price.value()));
        }
        return shares;
    }

    static void requireCapacity(EarlyStakingState pool, BigDecimal weightedBefore, BigDecimal minted,
                                BigDecimal amount, String what) {
        BigDecimal cap = pool.parameters().shareCap();
        if (weightedBefore.add(minted).compareTo(cap) > 0) {
            BigDecimal left = cap.subtract(weightedBefore).max(Decimals.ZERO);
            throw CommandRejected.limit(what + " would mint " + Decimals.format(minted)
                    + " weighted shares but only " + Decimals.format(left) + " remain under the cap of "
                    + Decimals.format(cap) + " (about " + Decimals.format(pool.sharePrice().valueRoundingDown(left))
                    + " KASH at the current share price); reserve a place in the queue instead");
        }
    }
}
