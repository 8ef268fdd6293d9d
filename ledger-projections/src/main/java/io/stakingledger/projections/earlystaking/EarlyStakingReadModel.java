package io.stakingledger.projections.earlystaking;

import io.stakingledger.core.earlystaking.EarlyStakingState;
import io.stakingledger.core.earlystaking.EpochClosed;
import io.stakingledger.core.earlystaking.KashPurchased;
import io.stakingledger.projections.PoolReadModel;

import java.util.ArrayList;
import java.util.List;

/**
 * Read model of one early-staking pool: the state fold plus the share price after each closed epoch and
 * each purchase's span on the EPB curve.
 */
public final class EarlyStakingReadModel implements PoolReadModel {

    public static final String PROGRAM = "early-staking";

    private final EarlyStakingState state = new EarlyStakingState();
    private final List<SharePriceRow> sharePrices = new ArrayList<>();
    private final List<PurchaseSpan> purchases = new ArrayList<>();

    @Override
    public String program() {
        return PROGRAM;
    }

    @Override
    public EarlyStakingState state() {
        return state;
    }

    @Override
    public void apply(Object event) {
        state.evolve(event);
        if (event instanceof EpochClosed e) {
            sharePrices.add(new SharePriceRow(e.epoch(), e.scheduledEnd(), e.at(), e.rewardAdded(), e.rewardCarried(),
                    e.sharePrice()));
        }
        if (event instanceof KashPurchased p) {
            purchases.add(new PurchaseSpan(p.account(), p.soldBefore(), p.amount(), p.effectiveBonus(), p.at()));
        }
    }

    public List<SharePriceRow> sharePrices() {
        return List.copyOf(sharePrices);
    }

    public List<PurchaseSpan> purchases() {
        return List.copyOf(purchases);
    }
}
