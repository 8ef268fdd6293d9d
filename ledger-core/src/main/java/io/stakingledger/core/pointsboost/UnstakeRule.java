package io.stakingledger.core.pointsboost;

import io.stakingledger.core.common.Amount;
import io.stakingledger.core.common.CommandRejected;

/** An account can unstake at most what it has staked. */
final class UnstakeRule {

    private UnstakeRule() {
    }

    static void requireWithinBalance(PointsBoostAccount holder, Amount amount) {
        if (amount.exceeds(holder.staked())) {
            throw CommandRejected.limit("unstaking " + amount.format() + " tokens exceeds the staked balance of "
                    + holder.staked().format() + " tokens of account " + holder.account());
        }
    }
}
