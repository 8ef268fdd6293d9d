package io.stakingledger.core.voteescrow;

import io.stakingledger.core.common.Amount;
import io.stakingledger.core.common.Rate;
import io.stakingledger.core.common.Rounding;
import io.stakingledger.core.common.Shares;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One account's lock, vKSP, votes and rewards in a vote-escrow pool. Mutated only by
 * {@link VoteEscrowState#apply}. KSP are {@link Amount}s and vKSP (voting power and votes) {@link Shares},
 * both at 18 decimals, so the two cannot be added by mistake; the accumulator start is a {@link Rate}.
 * The getters answer plain decimals at those scales for the views.
 *
 * <p>Rewards follow a cumulative reward-per-vKSP accumulator: the account's unsettled reward is
 * {@code vKsp × (rewardPerVksp − rewardPerVkspStart)}, settled (rounded down to 18 decimals) whenever
 * its vKSP changes.
 */
public final class VoteEscrowAccount implements Serializable {

    final String account;
    Amount locked = Amount.ZERO;
    Shares vKsp = Shares.ZERO;
    LockTerm longestTerm;
    boolean selfRenewing;
    Instant lockEnd;
    Instant renewalAnchor;
    long renewalsSinceAnchor;
    Rate rewardPerVkspStart = Rate.ZERO;
    Amount rewardsSettled = Amount.ZERO;
    final Map<String, Shares> votes = new TreeMap<>();
    Shares votesTotal = Shares.ZERO;

    VoteEscrowAccount(String account) {
        this.account = account;
    }

    public String account() {
        return account;
    }

    /** KSP locked; zero before the first lock and after an unlock. */
    public BigDecimal locked() {
        return locked.value();
    }

    /** Voting power. */
    public BigDecimal vKsp() {
        return vKsp.value();
    }

    public boolean hasLock() {
        return locked.isPositive();
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
        return rewardsSettled.value();
    }

    /** Accumulator value at the account's last settlement (36 decimals). */
    public BigDecimal rewardPerVkspStart() {
        return rewardPerVkspStart.value();
    }

    /**
     * Exact unsettled reward at accumulator value {@code rewardPerVksp}; up to 54 decimals, so a plain
     * decimal rather than an {@link Amount} until a settlement rounds it.
     */
    public BigDecimal pendingRewardExact(Rate rewardPerVksp) {
        return rewardPerVksp.earnedSince(rewardPerVkspStart, vKsp);
    }

    /** Settled rewards plus the unsettled reward credited as a settlement would (rounded down to 18 decimals). */
    public Amount rewardsAccrued(Rate rewardPerVksp) {
        return rewardsSettled.plus(Amount.rounded(pendingRewardExact(rewardPerVksp), Rounding.CREDIT));
    }

    /** vKSP voted per target (targets with a zero vote are absent), as plain decimals for the views. */
    public Map<String, BigDecimal> votes() {
        Map<String, BigDecimal> plain = new TreeMap<>();
        votes.forEach((target, vote) -> plain.put(target, vote.value()));
        return Collections.unmodifiableMap(plain);
    }

    public BigDecimal votesTotal() {
        return votesTotal.value();
    }

    /** vKSP not yet voted: the most a new Vote may add. */
    Shares votesAvailable() {
        return vKsp.minus(votesTotal);
    }
}
