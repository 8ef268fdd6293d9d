package io.stakingledger.projections.earlystaking;

import io.stakingledger.core.common.Decimals;
import io.stakingledger.core.common.Inputs;
import io.stakingledger.core.earlystaking.EarlyStakingAccount;
import io.stakingledger.core.earlystaking.EarlyStakingParameters;
import io.stakingledger.core.earlystaking.EarlyStakingState;
import io.stakingledger.core.earlystaking.EpbCurve;
import io.stakingledger.core.earlystaking.PrincipalConversionRule;
import io.stakingledger.core.earlystaking.Reservation;
import io.stakingledger.core.earlystaking.Valuation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The early-staking views, computed from a pool's read model. Pure functions, no I/O. */
public final class EarlyStakingViews {

    private EarlyStakingViews() {
    }

    public static PoolView pool(EarlyStakingReadModel model) {
        EarlyStakingState s = model.state();
        EarlyStakingParameters p = s.parameters();
        boolean ended = s.ended();
        EpbCurve curve = s.curve();
        return new PoolView(
                s.poolId(), model.program(),
                ended ? p.epochs() : s.epochsClosed() + 1, s.epochsClosed(), p.epochs(),
                ended ? null : p.endOf(s.epochsClosed() + 1), ended,
                s.sold().value(), s.saleRemaining().value(), s.sharePrice().value(),
                s.assets().value(), s.debt().value(), s.principalShares().value(), s.virtualShares().value(),
                s.weightedShares().value(), p.shareCap(), s.capacityLeft().value(),
                s.rewardsDistributed().value(), s.rewardsRemaining().value(),
                ended ? Decimals.ZERO : s.rewardCarried().value(), ended ? s.rewardCarried().value() : Decimals.ZERO,
                s.reservedTotal().value(), s.queue().size(),
                Valuation.shown(Valuation.guaranteedMinimumPerShare(s)),
                curve.k(), curve.a(), curve.c(), s.lastAt());
    }

    public static Optional<PositionView> position(EarlyStakingReadModel model, String account) {
        EarlyStakingState s = model.state();
        return s.findAccount(account).map(a -> position(s, a));
    }

    private static PositionView position(EarlyStakingState s, EarlyStakingAccount a) {
        Optional<String> ineligible = PrincipalConversionRule.ineligibility(s, a);
        BigDecimal leverage = Valuation.leverage(a);
        return new PositionView(
                s.poolId(), a.account(),
                a.bought().value(), a.dcrEarned().value(), a.dcrUsed().value(), a.dcrBalance().value(),
                a.principalShares().value(), a.virtualShares().value(), a.weightedShares().value(), a.debt().value(),
                Valuation.value(s, a).value(), Valuation.withdrawable(s, a).value(),
                leverage == null ? null : Valuation.shown(leverage), Valuation.shown(Valuation.maxLeverage(a)),
                Valuation.exercisableDcr(s, a).value(), a.reserved().value(), Valuation.guaranteedMinimumValue(s, a).value(),
                ineligible.isEmpty(), ineligible.orElse(null), a.pcrUsed(),
                Map.copyOf(EarlyStakingAccount.asDecimals(a.paid())),
                Map.copyOf(EarlyStakingAccount.asDecimals(a.refunded())), a.deposited().value(), a.withdrawn().value());
    }

    public static List<SharePriceRow> sharePrices(EarlyStakingReadModel model) {
        return model.sharePrices();
    }

    public static PurchasePreview purchasePreview(EarlyStakingReadModel model, BigDecimal amount) {
        EarlyStakingState s = model.state();
        BigDecimal requested = Inputs.positiveAmount("amount", amount);
        BigDecimal sold = s.sold().value();
        BigDecimal remaining = s.saleRemaining().value();
        if (requested.compareTo(remaining) > 0) {
            return new PurchasePreview(s.poolId(), requested, sold, null, null, null,
                    "only " + Decimals.format(remaining) + " KASH remain in the sale");
        }
        EpbCurve curve = s.curve();
        return new PurchasePreview(s.poolId(), requested, sold,
                curve.effectiveBonusShown(sold, requested), curve.dcrEarned(sold, requested).value(),
                remaining.subtract(requested), null);
    }

    /** Points of the EPB curve sampled; the ends of the sale are always among them. */
    public static final int CURVE_SAMPLES = 41;

    /**
     * The EPB curve at {@link #CURVE_SAMPLES} evenly spaced points q = Q·i / (samples − 1), with the sale's
     * progress and every purchase's span.
     */
    public static EpbCurveView epbCurve(EarlyStakingReadModel model) {
        EarlyStakingState s = model.state();
        EpbCurve curve = s.curve();
        BigDecimal supply = s.parameters().saleSupply();
        BigDecimal intervals = BigDecimal.valueOf(CURVE_SAMPLES - 1L);
        List<EpbCurveView.EpbPoint> points = new ArrayList<>(CURVE_SAMPLES);
        for (int i = 0; i < CURVE_SAMPLES; i++) {
            BigDecimal q = Decimals.down(supply.multiply(BigDecimal.valueOf(i)).divide(intervals, Decimals.MC));
            points.add(new EpbCurveView.EpbPoint(q, Decimals.down(curve.epb(q))));
        }
        return new EpbCurveView(s.poolId(), supply, s.sold().value(), points, model.purchases());
    }

    public static List<ReservationEntryView> reservations(EarlyStakingReadModel model) {
        List<ReservationEntryView> rows = new ArrayList<>();
        int position = 1;
        for (Reservation r : model.state().queue()) {
            rows.add(new ReservationEntryView(position++, r.reservationId(), r.account(), r.amount().value(), r.since()));
        }
        return rows;
    }

}
