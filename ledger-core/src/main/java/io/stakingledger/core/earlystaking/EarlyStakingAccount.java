package io.stakingledger.core.earlystaking;

import io.stakingledger.core.common.Amount;
import io.stakingledger.core.common.Shares;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

/**
 * One account's holdings in an early-staking pool. Mutated only by {@link EarlyStakingState#evolve}.
 * KASH, DCR and what the buyer paid or was refunded per asset are {@link Amount}s; principal and virtual
 * shares are {@link Shares}.
 */
public final class EarlyStakingAccount implements Serializable {

    final String account;
    Amount bought = Amount.ZERO;
    Amount dcrEarned = Amount.ZERO;
    Amount dcrUsed = Amount.ZERO;
    Shares principalShares = Shares.ZERO;
    Shares virtualShares = Shares.ZERO;
    Amount debt = Amount.ZERO;
    Amount reserved = Amount.ZERO;
    Amount deposited = Amount.ZERO;
    Amount withdrawn = Amount.ZERO;
    boolean everWithdrew;
    boolean pcrUsed;
    final Map<String, Amount> paid = new TreeMap<>();
    final Map<String, Amount> refunded = new TreeMap<>();

    EarlyStakingAccount(String account) {
        this.account = account;
    }

    public String account() {
        return account;
    }

    /** ΣKASH bought in the sale. */
    public Amount bought() {
        return bought;
    }

    public Amount dcrEarned() {
        return dcrEarned;
    }

    public Amount dcrUsed() {
        return dcrUsed;
    }

    /** DCR earned and not yet exercised. */
    public Amount dcrBalance() {
        return dcrEarned.minus(dcrUsed);
    }

    public Shares principalShares() {
        return principalShares;
    }

    public Shares virtualShares() {
        return virtualShares;
    }

    public Shares weightedShares() {
        return principalShares.plus(virtualShares);
    }

    public Amount debt() {
        return debt;
    }

    /** KASH waiting in the reservation queue for this account. */
    public Amount reserved() {
        return reserved;
    }

    /** ΣKASH staked into the pool, directly or through realized reservations. */
    public Amount deposited() {
        return deposited;
    }

    /** ΣKASH paid out by withdrawals. */
    public Amount withdrawn() {
        return withdrawn;
    }

    public boolean everWithdrew() {
        return everWithdrew;
    }

    public boolean pcrUsed() {
        return pcrUsed;
    }

    /** What the buyer paid in the sale, per asset. */
    public Map<String, Amount> paid() {
        return Map.copyOf(paid);
    }

    /** What the principal conversion right refunded, per asset. */
    public Map<String, Amount> refunded() {
        return Map.copyOf(refunded);
    }

    /** Per-asset amounts as events and answers carry them: plain decimals, sorted by asset. */
    public static TreeMap<String, BigDecimal> asDecimals(Map<String, Amount> perAsset) {
        TreeMap<String, BigDecimal> decimals = new TreeMap<>();
        perAsset.forEach((asset, amount) -> decimals.put(asset, amount.value()));
        return decimals;
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
