package io.stakingledger.projections.governancemining;

import io.stakingledger.core.common.Decimals;
import io.stakingledger.core.governancemining.FeesSwept;
import io.stakingledger.core.governancemining.GovernanceMiningState;
import io.stakingledger.core.governancemining.RevenuePerToken;
import io.stakingledger.core.governancemining.RewardClaimed;
import io.stakingledger.core.governancemining.StakeRequested;
import io.stakingledger.core.governancemining.GovernanceMiningAccount;
import io.stakingledger.core.governancemining.Unstaked;
import io.stakingledger.projections.PoolReadModel;
import io.stakingledger.projections.reports.PeriodEntries;
import io.stakingledger.projections.reports.RewardsRules;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;

/**
 * Governance-mining rewards (docs/domain/governance-mining.md): fees earned in the period, i.e. the growth of what the account has
 * earned so far (rewards paid + rewards burned by claim penalties + reward accrued + reward earned since its
 * last settlement, rounded down at the pool's precision), split by UTC day; penalties burned are listed
 * beside. The pool distributes the fees swept in the period; fees waiting for stakers or held back by
 * rounding ({@code undistributed}) are the remainder.
 */
public final class GovernanceMiningRewards implements RewardsRules {

    @Override
    public String program() {
        return GovernanceMiningReadModel.PROGRAM;
    }

    @Override
    public String rewardUnit() {
        return "KDX";
    }

    @Override
    public String basis() {
        return "fees earned in the period: growth of rewards paid + rewards burned by claim penalties + reward accrued "
                + "+ reward earned since the last settlement (rounded down at the pool's precision), per UTC day";
    }

    @Override
    public String remainderMeaning() {
        return "fees swept but not credited to any account: waiting for stakers or held back by rounding; the next "
                + "sweep shares them out (negative when the period credited fees swept before it)";
    }

    @Override
    public boolean daily() {
        return true;
    }

    @Override
    public BigDecimal earnedSoFar(PoolReadModel model, String account, Instant at) {
        GovernanceMiningState s = state(model);
        return s.findAccount(account).map(a -> a.rewardsPaid().add(a.rewardsBurned()).add(a.rewardAccrued())
                        .add(RevenuePerToken.earnedRoundingDown(a.staked(), s.revenuePerToken(), a.revenuePerTokenStart(),
                                s.parameters())))
                .orElse(Decimals.ZERO);
    }

    @Override
    public boolean poolDistributes() {
        return true;
    }

    @Override
    public BigDecimal heldByPool(PoolReadModel model) {
        return state(model).undistributed();
    }

    @Override
    public Collection<String> accounts(PoolReadModel model) {
        return state(model).accounts().stream().map(GovernanceMiningAccount::account).toList();
    }

    @Override
    public Object position(PoolReadModel model, String account, Instant at) {
        return GovernanceMiningViews.findPosition(state(model), account, at).orElse(null);
    }

    @Override
    public void onEvent(Object event, PoolReadModel before, PeriodEntries entries) {
        if (event instanceof FeesSwept e) {
            entries.distributed(e.amount());
        } else if (event instanceof StakeRequested e) {
            entries.deposited(e.account(), e.amount());
        } else if (event instanceof Unstaked e) {
            entries.withdrawn(e.account(), e.paidOut());
            entries.detail(e.account(), "penaltiesBurned", e.penalty());
            entries.detail(e.account(), "unstakePenalties", e.penalty());
        } else if (event instanceof RewardClaimed e) {
            entries.detail(e.account(), "rewardsPaid", e.paidOut());
            entries.detail(e.account(), "penaltiesBurned", e.penalty());
            entries.detail(e.account(), "claimPenalties", e.penalty());
        }
    }

    @Override
    public LinkedHashMap<String, BigDecimal> poolTotals(PoolReadModel model) {
        GovernanceMiningState s = state(model);
        LinkedHashMap<String, BigDecimal> totals = new LinkedHashMap<>();
        totals.put("feesSwept", s.feesSwept());
        totals.put("rewardsPaid", s.rewardsPaid());
        totals.put("rewardsBurned", s.rewardsBurned());
        totals.put("rewardsOwed", s.rewardsOwed());
        totals.put("undistributed", s.undistributed());
        totals.put("stakesRequested", s.stakesRequested());
        totals.put("pending", s.pendingTotal());
        totals.put("staked", s.staked());
        totals.put("stakesReturned", s.stakesReturned());
        totals.put("stakesBurned", s.stakesBurned());
        totals.put("revenuePerToken", s.revenuePerToken());
        return totals;
    }

    private static GovernanceMiningState state(PoolReadModel model) {
        return (GovernanceMiningState) model.state();
    }
}
