package io.stakingledger.projections.voteescrow;


import io.stakingledger.core.voteescrow.KspLocked;
import io.stakingledger.core.voteescrow.KspUnlocked;
import io.stakingledger.core.voteescrow.RewardsDistributed;
import io.stakingledger.core.voteescrow.VoteEscrowState;
import io.stakingledger.projections.PoolReadModel;
import io.stakingledger.projections.reports.PeriodEntries;
import io.stakingledger.projections.reports.RewardsRules;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;

/**
 * Vote-escrow rewards (docs/domain/vote-escrow.md): staking rewards received in the period, the growth of the account's
 * rewardsAccrued (settled + unsettled rounded down to 18 decimals), split by UTC day. The pool distributes
 * the emissions of the period; the carry of the reward accumulator is the remainder.
 */
public final class VoteEscrowRewards implements RewardsRules {

    @Override
    public String program() {
        return VoteEscrowReadModel.PROGRAM;
    }

    @Override
    public String rewardUnit() {
        return "KSP";
    }

    @Override
    public String basis() {
        return "staking rewards received in the period: growth of the account's rewardsAccrued (settled + unsettled, "
                + "rounded down to 18 decimals), per UTC day";
    }

    @Override
    public String remainderMeaning() {
        return "emissions not credited to any account: the accumulator's carry (rounding of each distribution, or no "
                + "vKSP at all), added to the next distribution";
    }

    @Override
    public boolean daily() {
        return true;
    }

    @Override
    public BigDecimal earnedSoFar(PoolReadModel model, String account, Instant at) {
        return state(model).rewardsAccrued(account);
    }

    @Override
    public boolean poolDistributes() {
        return true;
    }

    @Override
    public BigDecimal heldByPool(PoolReadModel model) {
        return state(model).rewardsCarried();
    }

    @Override
    public Collection<String> accounts(PoolReadModel model) {
        return state(model).accounts().keySet();
    }

    @Override
    public Object position(PoolReadModel model, String account, Instant at) {
        return VoteEscrowViews.findPosition(state(model), account, at).orElse(null);
    }

    @Override
    public void onEvent(Object event, PoolReadModel before, PeriodEntries entries) {
        if (event instanceof RewardsDistributed e) {
            entries.distributed(e.amount());
        } else if (event instanceof KspLocked e) {
            entries.deposited(e.account(), e.amount());
        } else if (event instanceof KspUnlocked e) {
            entries.withdrawn(e.account(), e.amount());
        }
    }

    @Override
    public LinkedHashMap<String, BigDecimal> poolTotals(PoolReadModel model) {
        VoteEscrowState s = state(model);
        LinkedHashMap<String, BigDecimal> totals = new LinkedHashMap<>();
        totals.put("totalLocked", s.totalLocked());
        totals.put("vKspTotal", s.vKspTotal());
        totals.put("lockedAccounts", BigDecimal.valueOf(s.lockedAccounts()));
        totals.put("rewardsEmitted", s.rewardsEmitted());
        totals.put("rewardsSettled", s.rewardsSettled());
        totals.put("rewardsAllocated", s.rewardsAllocated());
        totals.put("rewardsCarried", s.rewardsCarried());
        totals.put("rewardPerVksp", s.rewardPerVksp());
        return totals;
    }

    private static VoteEscrowState state(PoolReadModel model) {
        return (VoteEscrowState) model.state();
    }
}
