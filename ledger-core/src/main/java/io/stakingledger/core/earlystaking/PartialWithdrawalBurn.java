package io.stakingledger.core.earlystaking;

import io.stakingledger.core.common.Amount;
import io.stakingledger.core.common.Rounding;
import io.stakingledger.core.common.Shares;

import java.math.BigDecimal;

/**
 * What a partial withdrawal of {@code amount} KASH burns (docs/domain/early-staking.md, "Withdraw"): the
 * fraction {@code rate = amount / withdrawable} of the account's principal shares, virtual shares and
 * debt. The rate is kept exact by cross-multiplying:
 * {@code rate = amount × W / (W_acct × (assets + debt) − debt_acct × W)}. Shares burned are given back
 * ({@link Rounding#DEBIT}, up) and debt repaid is credited to the account ({@link Rounding#CREDIT}, down),
 * to 18 decimals: both roundings favour the pool.
 *
 * @param principalSharesBurned principal shares the withdrawal burns (rounded up)
 * @param virtualSharesBurned   virtual shares the withdrawal burns (rounded up)
 * @param debtRepaid            debt the withdrawal repays (rounded down)
 */
record PartialWithdrawalBurn(Shares principalSharesBurned, Shares virtualSharesBurned, Amount debtRepaid) {

    static PartialWithdrawalBurn of(SharePrice price, EarlyStakingAccount holder, Amount amount) {
        BigDecimal scaledAmount = amount.value().multiply(price.weightedShares().value());
        BigDecimal denominator = Valuation.withdrawableNumerator(price, holder);
        return new PartialWithdrawalBurn(
                holder.principalShares().mulDiv(scaledAmount, denominator, Rounding.DEBIT),
                holder.virtualShares().mulDiv(scaledAmount, denominator, Rounding.DEBIT),
                holder.debt().mulDiv(scaledAmount, denominator, Rounding.CREDIT));
    }
}
