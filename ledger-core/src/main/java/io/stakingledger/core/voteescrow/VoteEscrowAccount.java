package io.stakingledger.core.voteescrow;

import io.stakingledger.core.common.Decimals;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One account's lock, vKSP, votes and rewards in a vote-escrow pool. Mutated only by
 * {@link VoteEscrowState#apply}. KSP and vKSP at 18 decimals.
 *
 * <p>Rewards follow a cumulative reward-per-vKSP accumulator: the account's unsettled reward is
 * {@code vKsp × (rewardPerVksp − rewardPerVkspStart)}, settled (rounded down to 18 decimals) whenever
 * its vKSP changes.
 */
public final class VoteEscrowAccount implements Serializable {

    final String account;
    BigDecimal locked = Decimals.ZERO;
    BigDecimal vKsp = Decimals.ZERO;
    LockTerm longestTerm;
    boolean selfRenewing;
    Instant lockEnd;
    Instant renewalAnchor;
    long renewalsSinceAnchor;
    BigDecimal rewardPerVkspStart = BigDecimal.ZERO;
    BigDecimal rewardsSettled = Decimals.ZERO;
    final Map<String, BigDecimal> votes = new TreeMap<>();
    BigDecimal votesTotal = Decimals.ZERO;

    VoteEscrowAccount(String account) {
        this.account = account;
    }

    public String account() {
        return account;
    }

    /** KSP locked; zero before the first lock and after an unlock. */
    public BigDecimal locked() {
        return locked;
    }

    /** Voting power. */
    public BigDecimal vKsp() {
        return vKsp;
    }

    public boolean hasLock() {
        return locked.signum() > 0;
    }

    /** The longest term the account holds (its renewal term and the multiplier rule's reference). */
    public Optional<LockTerm> longestTerm() {
        return Optional.ofNullable(longestTerm);
    }

    public boolean selfRenewing() {
        return selfRenewing;
    }

    /** The lock as recorded by the events, before renewals that no event has recorded yet. */
    public Optional<LockPosition> lockPosition() {
        if (!hasLock()) {
            return Optional.empty();
        }
        return Optional.of(new LockPosition(lockEnd, renewalAnchor, longestTerm.months(), renewalsSinceAnchor, selfRenewing));
    }

    /** Rewards already settled into the account (at 18 decimals, rounded down when settled). */
    public BigDecimal rewardsSettled() {
        return rewardsSettled;
    }

    /** Accumulator value at the account's last settlement. */
    public BigDecimal rewardPerVkspStart() {
        return rewardPerVkspStart;
    }

    /** Exact unsettled reward at accumulator value {@code rewardPerVksp}; more than 18 decimals in general. */
    public BigDecimal pendingRewardExact(BigDecimal rewardPerVksp) {
        return vKsp.multiply(rewardPerVksp.subtract(rewardPerVkspStart));
    }

    /** Settled rewards plus the unsettled reward rounded down to 18 decimals (what a settlement would credit). */
    public BigDecimal rewardsAccrued(BigDecimal rewardPerVksp) {
        return rewardsSettled.add(Decimals.down(pendingRewardExact(rewardPerVksp)));
    }

    /** vKSP voted per target (targets with a zero vote are absent). */
    public Map<String, BigDecimal> votes() {
        return Collections.unmodifiableMap(votes);
    }

    public BigDecimal votesTotal() {
        return votesTotal;
    }

    /** vKSP not yet voted: the most a new Vote may add. */
    public BigDecimal votesAvailable() {
        return vKsp.subtract(votesTotal);
    }
}
