package io.stakingledger.core.earlystaking;

import io.stakingledger.core.common.Decimals;

import java.math.BigDecimal;

/**
 * What a partial withdrawal of {@code amount} KASH burns (SPEC.md, early-staking "Withdraw"): the
 * fraction {@code rate = amount / withdrawable} of the account's principal shares, virtual shares and
 * debt. The rate is kept exact by cross-multiplying:
 * {@code rate = amount × W / (W_acct × (assets + debt) − debt_acct × W)}. Shares burned are rounded up
 * and debt repaid rounded down, to 18 decimals: both roundings favour the pool.
 *
 * @param principalSharesBurned principal shares the withdrawal burns (rounded up)
 * @param virtualSharesBurned   virtual shares the withdrawal burns (rounded up)
 * @param debtRepaid            debt the withdrawal repays (rounded down)
 */
record PartialWithdrawalBurn(BigDecimal principalSharesBurned, BigDecimal virtualSharesBurned, BigDecimal debtRepaid) {

    static PartialWithdrawalBurn of(SharePrice price, EarlyStakingAccount holder, BigDecimal amount) {
        BigDecimal scaledAmount = amount.multiply(price.weightedShares());
        BigDecimal denominator = Valuation.withdrawableNumerator(price, holder);
        return new PartialWithdrawalBurn(
                Decimals.mulDivUp(holder.principalShares().value(), scaledAmount, denominator),
                Decimals.mulDivUp(holder.virtualShares().value(), scaledAmount, denominator),
                Decimals.mulDivDown(holder.debt().value(), scaledAmount, denominator));
    }
}
