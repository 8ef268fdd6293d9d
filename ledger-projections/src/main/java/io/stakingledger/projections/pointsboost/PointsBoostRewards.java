package io.stakingledger.projections.pointsboost;

import io.stakingledger.core.common.Decimals;
import io.stakingledger.core.pointsboost.PointsBoostAccount;
import io.stakingledger.core.pointsboost.PointsBoostState;
import io.stakingledger.core.pointsboost.Staked;
import io.stakingledger.core.pointsboost.Unstaked;
import io.stakingledger.projections.PoolReadModel;
import io.stakingledger.projections.reports.PeriodEntries;
import io.stakingledger.projections.reports.RewardsRules;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;

/**
 * Points-boost rewards (docs/domain/points-boost.md): the points the program awards, ∫ (boosted + staking points per day) dt,
 * accrued in the period: pointsAccrued at the end − pointsAccrued at the start, split by UTC day the same way.
 * Points accrue per account; the pool does not split a sum, so its total is Σ accounts and nothing remains.
 */
public final class PointsBoostRewards implements RewardsRules {

    @Override
    public String program() {
        return PointsBoostReadModel.PROGRAM;
    }

    @Override
    public String rewardUnit() {
        return "points";
    }

    @Override
    public String basis() {
        return "points accrued in the period: the account's pointsAccrued (∫ boosted + staking points per day, rounded "
                + "down as its position shows it) at the end minus at the start, per UTC day";
    }

    @Override
    public String remainderMeaning() {
        return "none: points accrue per account, the pool total is their sum";
    }

    @Override
    public boolean daily() {
        return true;
    }

    @Override
    public BigDecimal earnedSoFar(PoolReadModel model, String account, Instant at) {
        return PointsBoostViews.findPosition(state(model), account, at).map(PositionView::pointsAccrued)
                .orElse(Decimals.ZERO);
    }

    @Override
    public boolean poolDistributes() {
        return false;
    }

    @Override
    public BigDecimal heldByPool(PoolReadModel model) {
        return Decimals.ZERO;
    }

    @Override
    public Collection<String> accounts(PoolReadModel model) {
        return state(model).accounts().stream().map(PointsBoostAccount::account).toList();
    }

    @Override
    public Object position(PoolReadModel model, String account, Instant at) {
        return PointsBoostViews.findPosition(state(model), account, at).orElse(null);
    }

    @Override
    public void onEvent(Object event, PoolReadModel before, PeriodEntries entries) {
        if (event instanceof Staked e) {
            entries.deposited(e.account(), e.amount());
        } else if (event instanceof Unstaked e) {
            entries.withdrawn(e.account(), e.amount());
        }
    }

    @Override
    public LinkedHashMap<String, BigDecimal> poolTotals(PoolReadModel model) {
        PointsBoostState s = state(model);
        LinkedHashMap<String, BigDecimal> totals = new LinkedHashMap<>();
        totals.put("totalStaked", s.totalStaked());
        totals.put("totalBasePointsPerDay", s.totalBasePointsPerDay());
        totals.put("stakers", BigDecimal.valueOf(s.stakers()));
        totals.put("accounts", BigDecimal.valueOf(s.accountCount()));
        totals.put("price", s.price().price());
        return totals;
    }

    private static PointsBoostState state(PoolReadModel model) {
        return (PointsBoostState) model.state();
    }
}
