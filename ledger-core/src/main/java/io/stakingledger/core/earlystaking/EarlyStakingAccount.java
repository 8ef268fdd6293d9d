package io.stakingledger.core.earlystaking;

import io.stakingledger.core.common.Decimals;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

/**
 * One account's holdings in an early-staking pool. Mutated only by {@link EarlyStakingState#apply}.
 * All amounts and shares at 18 decimals.
 */
public final class EarlyStakingAccount implements Serializable {

    final String account;
    BigDecimal bought = Decimals.ZERO;
    BigDecimal dcrEarned = Decimals.ZERO;
    BigDecimal dcrUsed = Decimals.ZERO;
    BigDecimal principalShares = Decimals.ZERO;
    BigDecimal virtualShares = Decimals.ZERO;
    BigDecimal debt = Decimals.ZERO;
    BigDecimal reserved = Decimals.ZERO;
    BigDecimal deposited = Decimals.ZERO;
    BigDecimal withdrawn = Decimals.ZERO;
    boolean everWithdrew;
    boolean pcrUsed;
    final Map<String, BigDecimal> paid = new TreeMap<>();
    final Map<String, BigDecimal> refunded = new TreeMap<>();

    EarlyStakingAccount(String account) {
        this.account = account;
    }

    public String account() {
        return account;
    }

    /** ΣKASH bought in the sale. */
    public BigDecimal bought() {
        return bought;
    }

    public BigDecimal dcrEarned() {
        return dcrEarned;
    }

    public BigDecimal dcrUsed() {
        return dcrUsed;
    }

    /** DCR earned and not yet exercised. */
    public BigDecimal dcrBalance() {
        return dcrEarned.subtract(dcrUsed);
    }

    public BigDecimal principalShares() {
        return principalShares;
    }

    public BigDecimal virtualShares() {
        return virtualShares;
    }

    public BigDecimal weightedShares() {
        return principalShares.add(virtualShares);
    }

    public BigDecimal debt() {
        return debt;
    }

    /** KASH waiting in the reservation queue for this account. */
    public BigDecimal reserved() {
        return reserved;
    }

    /** ΣKASH staked into the pool, directly or through realized reservations. */
    public BigDecimal deposited() {
        return deposited;
    }

    /** ΣKASH paid out by withdrawals. */
    public BigDecimal withdrawn() {
        return withdrawn;
    }

    public boolean everWithdrew() {
        return everWithdrew;
    }

    public boolean pcrUsed() {
        return pcrUsed;
    }

    /** What the buyer paid in the sale, per asset. */
    public Map<String, BigDecimal> paid() {
        return Map.copyOf(paid);
    }

    /** What the principal conversion right refunded, per asset. */
    public Map<String, BigDecimal> refunded() {
        return Map.copyOf(refunded);
    }

    /**
     * Value equality, so that a state decided by a command handler and the same state replayed from
     * its events compare equal (the aggregate test fixture checks exactly that).
     */
    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof EarlyStakingAccount that)) {
            return false;
        }
        return account.equals(that.account) && bought.equals(that.bought) && dcrEarned.equals(that.dcrEarned)
                && dcrUsed.equals(that.dcrUsed) && principalShares.equals(that.principalShares)
                && virtualShares.equals(that.virtualShares) && debt.equals(that.debt)
                && reserved.equals(that.reserved) && deposited.equals(that.deposited)
                && withdrawn.equals(that.withdrawn) && everWithdrew == that.everWithdrew
                && pcrUsed == that.pcrUsed && paid.equals(that.paid) && refunded.equals(that.refunded);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(account, principalShares, virtualShares, debt);
    }
}
