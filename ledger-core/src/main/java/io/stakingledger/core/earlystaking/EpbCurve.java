package io.stakingledger.core.earlystaking;

import io.stakingledger.core.common.Amount;
import io.stakingledger.core.common.CommandRejected;
import io.stakingledger.core.common.Decimals;
import io.stakingledger.core.common.Rounding;

import java.io.Serializable;
import java.math.BigDecimal;

import static io.stakingledger.core.common.Decimals.MC;

/**
 * Early Participant Bonus curve EPB(q) = A / (q + k)² + C on q ∈ [0, Q] (docs/domain/early-staking.md).
 *
 * <p>The constants are the closed-form fit of EPB(0) = a, EPB(Q) = b + ε, ∫₀^Q EPB = c − ε, computed
 * at 34 significant digits. Integrals use the antiderivative F(q) = −A/(q + k) + C·q in the
 * cancellation-free form F(q₂) − F(q₁) = (q₂ − q₁)·(A / ((q₁ + k)(q₂ + k)) + C), so no quadrature and
 * no loss of digits from subtracting two large values.
 */
public record EpbCurve(BigDecimal k, BigDecimal a, BigDecimal c, BigDecimal saleSupply) implements Serializable {

    /**
     * Fits the curve to the pool's parameters.
     *
     * @throws CommandRejected if the parameters admit no curve with k &gt; 0 and A &gt; 0
     */
    public static EpbCurve fit(EarlyStakingParameters p) {
        BigDecimal q = p.saleSupply();
        BigDecimal start = p.epbStart();
        BigDecimal endPlus = p.epbEnd().add(p.epsilon());
        BigDecimal sharesMinus = p.saleShares().subtract(p.epsilon());

        // b'·Q < c' < Q·a and Q·(a + b') > 2·c' are exactly k > 0 and A > 0.
        if (endPlus.multiply(q).compareTo(sharesMinus) >= 0) {
            throw CommandRejected.invalid("no EPB curve fits: saleShares − epsilon ("
                    + Decimals.format(sharesMinus) + ") must exceed (epbEnd + epsilon) × saleSupply ("
                    + Decimals.format(endPlus.multiply(q)) + ")");
        }
        if (sharesMinus.compareTo(q.multiply(start)) >= 0) {
            throw CommandRejected.invalid("no EPB curve fits: saleShares − epsilon ("
                    + Decimals.format(sharesMinus) + ") must be below epbStart × saleSupply ("
                    + Decimals.format(q.multiply(start)) + ")");
        }
        BigDecimal denominator = q.multiply(start.add(endPlus)).subtract(sharesMinus.multiply(BigDecimal.valueOf(2)));
        if (denominator.signum() <= 0) {
            throw CommandRejected.invalid("no EPB curve fits: saleSupply × (epbStart + epbEnd + epsilon) ("
                    + Decimals.format(q.multiply(start.add(endPlus))) + ") must exceed 2 × (saleShares − epsilon) ("
                    + Decimals.format(sharesMinus.multiply(BigDecimal.valueOf(2))) + ")");
        }
        BigDecimal k = q.multiply(sharesMinus.subtract(endPlus.multiply(q))).divide(denominator, MC);
        BigDecimal kSquared = k.multiply(k, MC);
        BigDecimal a = q.multiply(start).subtract(sharesMinus)
                .multiply(kSquared, MC).multiply(q.add(k), MC).divide(q.multiply(q), MC);
        BigDecimal c = start.subtract(a.divide(kSquared, MC), MC);
        return new EpbCurve(k, a, c, q);
    }

    /** EPB(q) = A / (q + k)² + C. */
    public BigDecimal epb(BigDecimal q) {
        BigDecimal shifted = q.add(k);
        return a.divide(shifted.multiply(shifted, MC), MC).add(c, MC);
    }

    /** ∫_{from}^{from + amount} EPB dq, at 34 significant digits. */
    public BigDecimal integral(BigDecimal from, BigDecimal amount) {
        return amount.multiply(effectiveBonus(from, amount), MC);
    }

    /** E(EPB) of a purchase of {@code amount} when {@code sold} has been sold: the average EPB over it. */
    public BigDecimal effectiveBonus(BigDecimal sold, BigDecimal amount) {
        BigDecimal before = sold.add(k);
        BigDecimal after = sold.add(amount).add(k);
        return a.divide(before.multiply(after, MC), MC).add(c, MC);
    }

    /** The effective bonus as stored and shown: 18 decimals, rounded down so it never overstates the bonus. */
    public BigDecimal effectiveBonusShown(BigDecimal sold, BigDecimal amount) {
        return Valuation.shown(effectiveBonus(sold, amount));
    }

    /**
     * DCR earned by that purchase: (E(EPB) − 1) × amount, rounded down to 18 decimals ({@link Rounding#CREDIT}:
     * rights issued to the buyer favour the pool).
     */
    public Amount dcrEarned(BigDecimal sold, BigDecimal amount) {
        return Amount.rounded(integral(sold, amount).subtract(amount), Rounding.CREDIT);
    }
}
