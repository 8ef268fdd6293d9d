package io.stakingledger.projections.earlystaking;

import io.stakingledger.core.common.Amount;
import io.stakingledger.core.common.Decimals;
import io.stakingledger.core.common.Rounding;
import io.stakingledger.core.earlystaking.EarlyStakingAccount;
import io.stakingledger.core.earlystaking.EarlyStakingState;
import io.stakingledger.core.earlystaking.EpochClosed;
import io.stakingledger.core.earlystaking.KashPurchased;
import io.stakingledger.core.earlystaking.PrincipalConverted;
import io.stakingledger.core.earlystaking.ReservationCancelled;
import io.stakingledger.core.earlystaking.ReservationRealized;
import io.stakingledger.core.earlystaking.StakeDeposited;
import io.stakingledger.core.earlystaking.StakeReserved;
import io.stakingledger.core.earlystaking.StakeWithdrawn;
import io.stakingledger.projections.PoolReadModel;
import io.stakingledger.projections.reports.PeriodEntries;
import io.stakingledger.projections.reports.RewardsReport;
import io.stakingledger.projections.reports.RewardsRules;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Early-staking rewards (docs/domain/early-staking.md): every epoch closed in the period adds its reward to the assets, which
 * raises the share price by reward / W. An account earns its weighted shares at the close × that rise,
 * i.e. W_acct × reward / W, rounded down to 18 decimals; what the rounding leaves is the remainder.
 * A reward carried because no shares existed is not distributed until an epoch adds it.
 */
public final class EarlyStakingRewards implements RewardsRules {

    @Override
    public String program() {
        return EarlyStakingReadModel.PROGRAM;
    }

    @Override
    public String rewardUnit() {
        return "KASH";
    }

    @Override
    public String basis() {
        return "for every epoch closed in the period: the account's weighted shares at the close × the rise of the "
                + "share price (the epoch's reward / all weighted shares), rounded down to 18 decimals";
    }

    @Override
    public String remainderMeaning() {
        return "what rounding each account's epoch reward down left in the pool's assets (it raises every share's value)";
    }

    @Override
    public boolean daily() {
        return false;
    }

    @Override
    public BigDecimal earnedSoFar(PoolReadModel model, String account, Instant at) {
        throw new UnsupportedOperationException("early-staking rewards come with epochs");
    }

    @Override
    public boolean poolDistributes() {
        return true;
    }

    @Override
    public BigDecimal heldByPool(PoolReadModel model) {
        return Decimals.ZERO;
    }

    @Override
    public Collection<String> accounts(PoolReadModel model) {
        return state(model).accounts().stream().map(EarlyStakingAccount::account).toList();
    }

    @Override
    public Object position(PoolReadModel model, String account, Instant at) {
        return EarlyStakingViews.position((EarlyStakingReadModel) model, account).orElse(null);
    }

    @Override
    public void onEvent(Object event, PoolReadModel before, PeriodEntries entries) {
        EarlyStakingState s = state(before);
        if (event instanceof EpochClosed e) {
            epoch(e, s, entries);
        } else if (event instanceof StakeDeposited e) {
            entries.deposited(e.account(), e.amount());
        } else if (event instanceof ReservationRealized e) {
            entries.deposited(e.account(), e.amount());
            entries.detail(e.account(), "reservationRealized", e.amount());
        } else if (event instanceof StakeWithdrawn e) {
            entries.withdrawn(e.account(), e.amount());
        } else if (event instanceof StakeReserved e) {
            entries.detail(e.account(), "reserved", e.amount());
        } else if (event instanceof ReservationCancelled e) {
            entries.detail(e.account(), "reservationCancelled", e.amount());
        } else if (event instanceof PrincipalConverted e) {
            entries.detail(e.account(), "principalConverted", e.kashBurned());
        } else if (event instanceof KashPurchased e) {
            entries.detail(e.account(), "purchased", e.amount());
        }
    }

    private static void epoch(EpochClosed e, EarlyStakingState s, PeriodEntries entries) {
        BigDecimal total = s.weightedShares().value();
        Instant start = e.epoch() == 1 ? s.parameters().start() : s.parameters().endOf(e.epoch() - 1);
        String label = "epoch " + e.epoch();
        BigDecimal credited = Decimals.ZERO;
        if (e.rewardAdded().signum() > 0 && total.signum() > 0) {
            for (EarlyStakingAccount a : s.accounts()) {
                if (a.weightedShares().isPositive()) {
                    BigDecimal reward = Amount.of(e.rewardAdded())
                            .mulDiv(a.weightedShares().value(), total, Rounding.SHARE_OUT).value();
                    entries.reward(a.account(), label, start, e.at(), reward);
                    credited = credited.add(reward);
                }
            }
        }
        entries.distributed(e.rewardAdded());
        Map<String, BigDecimal> detail = new LinkedHashMap<>();
        detail.put("weightedShares", total);
        detail.put("sharePriceBefore", s.sharePrice().value());
        detail.put("sharePriceAfter", e.sharePrice());
        detail.put("rewardCarried", e.rewardCarried());
        entries.poolSlice(new RewardsReport.PoolSlice(label, start, e.at(), e.rewardAdded(), credited,
                e.rewardAdded().subtract(credited), detail));
    }

    @Override
    public LinkedHashMap<String, BigDecimal> poolTotals(PoolReadModel model) {
        EarlyStakingState s = state(model);
        LinkedHashMap<String, BigDecimal> totals = new LinkedHashMap<>();
        totals.put("sold", s.sold().value());
        totals.put("deposited", s.deposited().value());
        totals.put("paidOut", s.paidOut().value());
        totals.put("converted", s.converted().value());
        totals.put("rewardsDistributed", s.rewardsDistributed().value());
        totals.put("rewardCarried", s.rewardCarried().value());
        totals.put("rewardsRemaining", s.rewardsRemaining().value());
        totals.put("assets", s.assets().value());
        totals.put("debt", s.debt().value());
        totals.put("principalShares", s.principalShares().value());
        totals.put("virtualShares", s.virtualShares().value());
        totals.put("weightedShares", s.weightedShares().value());
        totals.put("sharePrice", s.sharePrice().value());
        totals.put("reservedTotal", s.reservedTotal().value());
        totals.put("epochsClosed", BigDecimal.valueOf(s.epochsClosed()));
        return totals;
    }

    private static EarlyStakingState state(PoolReadModel model) {
        return (EarlyStakingState) model.state();
    }

}
