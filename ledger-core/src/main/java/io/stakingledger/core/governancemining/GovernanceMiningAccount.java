package io.stakingledger.core.governancemining;

import io.stakingledger.core.common.Amount;
import io.stakingledger.core.common.Rate;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * One account's position in a governance-mining pool. Mutated only by {@link GovernanceMiningState#apply}.
 * Token amounts are {@link Amount}s (scale 18, multiples of the pool's precision unit) and the
 * accumulator's start a {@link Rate} (scale 36), so the two cannot be mixed; the getters give their
 * decimals, as views and tests read them.
 */
public final class GovernanceMiningAccount implements Serializable {

    final String account;
    Amount staked = Amount.ZERO;
    Amount pendingAdd = Amount.ZERO;
    Amount rewardAccrued = Amount.ZERO;
    Rate revenuePerTokenStart = Rate.ZERO;
    Instant effectiveStart;
    Instant lastStake;
    Instant firstInclusion;
    Instant lastClaim;
    Amount rewardsPaid = Amount.ZERO;
    Amount rewardsBurned = Amount.ZERO;
    Amount stakeBurned = Amount.ZERO;

    GovernanceMiningAccount(String account) {
        this.account = account;
    }

    public String account() {
        return account;
    }

    /** Included stake: the tokens that share fees. */
    public BigDecimal staked() {
        return staked.value();
    }

    /** Requested stake waiting for the next inclusion; it earns nothing yet. */
    public BigDecimal pendingAdd() {
        return pendingAdd.value();
    }

    /**
     * Reward settled into the account (at its last stake change or claim) and not yet claimed. The
     * reward earned since then is {@code staked × (revenuePerToken − revenuePerTokenStart)}.
     */
    public BigDecimal rewardAccrued() {
        return rewardAccrued.value();
    }

    /** The accumulator's value when this account's reward was last settled. */
    public BigDecimal revenuePerTokenStart() {
        return revenuePerTokenStart.value();
    }

    /** Where the account's 60-day curve starts; {@code null} until its first inclusion. */
    public Instant effectiveStart() {
        return effectiveStart;
    }

    /** Time of the account's latest inclusion, which opens the unstake penalty window; {@code null} before. */
    public Instant lastStake() {
        return lastStake;
    }

    public Instant firstInclusion() {
        return firstInclusion;
    }

    /** Time of the account's latest claim; {@code null} if it never claimed. */
    public Instant lastClaim() {
        return lastClaim;
    }

    public boolean everIncluded() {
        return firstInclusion != null;
    }

    /** ΣKDX of rewards paid out to this account. */
    public BigDecimal rewardsPaid() {
        return rewardsPaid.value();
    }

    /** ΣKDX of this account's rewards burned by claim penalties. */
    public BigDecimal rewardsBurned() {
        return rewardsBurned.value();
    }

    /** ΣKDX of this account's stake burned by unstake penalties. */
    public BigDecimal stakeBurned() {
        return stakeBurned.value();
    }

    /**
     * Value equality over every field, so that two folds of the same events compare equal (the Axon test
     * fixture checks that a command handler and a replay build the same state).
     */
    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof GovernanceMiningAccount other)) {
            return false;
        }
        return Objects.equals(account, other.account) &&
                Objects.equals(staked, other.staked) &&
                Objects.equals(pendingAdd, other.pendingAdd) &&
                Objects.equals(rewardAccrued, other.rewardAccrued) &&
                Objects.equals(revenuePerTokenStart, other.revenuePerTokenStart) &&
                Objects.equals(effectiveStart, other.effectiveStart) &&
                Objects.equals(lastStake, other.lastStake) &&
                Objects.equals(firstInclusion, other.firstInclusion) &&
                Objects.equals(lastClaim, other.lastClaim) &&
                Objects.equals(rewardsPaid, other.rewardsPaid) &&
                Objects.equals(rewardsBurned, other.rewardsBurned) &&
                Objects.equals(stakeBurned, other.stakeBurned);
    }

    @Override
    public int hashCode() {
        return Objects.hash(account, staked, pendingAdd, rewardAccrued, effectiveStart, lastStake);
    }
}
