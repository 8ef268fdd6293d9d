package io.stakingledger.core.pointsboost;

import io.stakingledger.core.common.CommandRejected;
import io.stakingledger.core.common.Decimals;

import java.math.BigDecimal;

/** An account can unstake at most what it has staked. */
final class UnstakeRule {

    private UnstakeRule() {
    }

    static void requireWithinBalance(PointsBoostAccount holder, BigDecimal amount) {
        if (amount.compareTo(holder.staked()) > 0) {
            throw CommandRejected.limit("unstaking " + Decimals.format(amount) + " tokens exceeds the staked balance of "
                    + Decimals.format(holder.staked()) + " tokens of account " + holder.account());
        }
    }
}
