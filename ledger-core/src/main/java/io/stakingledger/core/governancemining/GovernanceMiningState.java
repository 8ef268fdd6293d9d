package io.stakingledger.core.governancemining;

import io.stakingledger.core.common.Amount;
import io.stakingledger.core.common.Decimals;
import io.stakingledger.core.common.ProgramState;
import io.stakingledger.core.common.Rate;
import io.stakingledger.core.common.UnknownEvent;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The state of one governance-mining pool as the fold of its events. Events carry every computed
 * number; applying one is plain arithmetic, so a replay reproduces the state to the last digit.
 *
 * <p><b>Running totals and conservation.</b> The state keeps, without scanning accounts:
 * <pre>
 *   feesSwept = rewardsPaid + rewardsBurned + rewardsOwed() + undistributed()       (exactly)
 *   rewardsOwed() = rewardsAccrued + (revenuePerToken × staked − Σ stake × its start)
 * </pre>
 * The second term of {@code rewardsOwed()} is the reward earned but not yet settled, unrounded. When an
 * account is settled its reward is rounded down at the pool's precision and the fraction cut off goes
 * back to {@link #undistributed()}, to be shared again by the next sweep: no fee is ever lost to
 * rounding and the pool never owes more than it swept. For this reason {@code undistributed} and
 * {@code rewardsOwed()} may carry more than 18 fractional digits; everything paid or burned is a
 * multiple of the precision unit. Stake conservation likewise:
 * {@code stakesRequested = pendingTotal + staked + stakesReturned + stakesBurned}.
 */
public final class GovernanceMiningState implements ProgramState {

    private String poolId;
    private GovernanceMiningParameters parameters;
    private Instant createdAt;
    private Instant lastAt;
    private Amount staked = Amount.ZERO;
    private Amount pendingTotal = Amount.ZERO;
    private Rate revenuePerToken = Rate.ZERO;
    /** Σ stake × its start: an exact product (scale 54), not an amount, so it stays a plain decimal. */
    private BigDecimal stakeTimesStart = BigDecimal.ZERO;
    /** Exact, below the precision unit too (see the class comment), so it stays a plain decimal. */
    private BigDecimal undistributed = Decimals.ZERO;
    private Amount feesSwept = Amount.ZERO;
    private Amount rewardsAccrued = Amount.ZERO;
    private Amount rewardsPaid = Amount.ZERO;
    private Amount rewardsBurned = Amount.ZERO;
    private Amount stakesRequested = Amount.ZERO;
    private Amount stakesReturned = Amount.ZERO;
    private Amount stakesBurned = Amount.ZERO;
    private final Map<String, GovernanceMiningAccount> accounts = new HashMap<>();
    private final LinkedHashSet<String> pending = new LinkedHashSet<>();
    private final List<Burn> burns = new ArrayList<>();

    @Override
    public void evolve(Object event) {
        if (event instanceof GovernanceMiningPoolCreated e) {
            on(e);
        } else if (event instanceof StakeRequested e) {
            on(e);
        } else if (event instanceof PendingStakeIncluded e) {
            on(e);
        } else if (event instanceof FeesSwept e) {
            on(e);
        } else if (event instanceof Unstaked e) {
            on(e);
        } else if (event instanceof RewardClaimed e) {
            on(e);
        } else {
            throw new UnknownEvent(GovernanceMiningDefinition.PROGRAM, event);
        }
    }

    private void on(GovernanceMiningPoolCreated e) {
        poolId = e.poolId();
        parameters = e.parameters().toParameters();
        createdAt = e.at();
        lastAt = e.at();
    }

    private void on(StakeRequested e) {
        GovernanceMiningAccount a = account(e.account());
        Amount amount = Amount.of(e.amount());
        a.pendingAdd = a.pendingAdd.plus(amount);
        pendingTotal = pendingTotal.plus(amount);
        stakesRequested = stakesRequested.plus(amount);
        pending.add(e.account());
        lastAt = e.at();
    }

    private void on(PendingStakeIncluded e) {
        GovernanceMiningAccount a = account(e.account());
        settle(a, Amount.of(e.rewardSettled()));
        Amount amount = Amount.of(e.amount());
        changeStake(a, amount);
        a.pendingAdd = a.pendingAdd.minus(amount);
        pendingTotal = pendingTotal.minus(amount);
        if (a.pendingAdd.isZero()) {
            pending.remove(e.account());
        }
        a.effectiveStart = e.effectiveStart();
        a.lastStake = e.at();
        if (a.firstInclusion == null) {
            a.firstInclusion = e.at();
        }
        lastAt = e.at();
    }

    private void on(FeesSwept e) {
        feesSwept = feesSwept.plus(Amount.of(e.amount()));
        undistributed = undistributed.add(e.amount()).subtract(e.revenuePerTokenRise().multiply(staked.value()));
        revenuePerToken = revenuePerToken.plus(Rate.of(e.revenuePerTokenRise()));
        lastAt = e.at();
    }

    private void on(Unstaked e) {
        GovernanceMiningAccount a = account(e.account());
        settle(a, Amount.of(e.rewardSettled()));
        changeStake(a, Amount.of(e.amount()).negate());
        a.effectiveStart = e.at();
        Amount penalty = Amount.of(e.penalty());
        a.stakeBurned = a.stakeBurned.plus(penalty);
        stakesBurned = stakesBurned.plus(penalty);
        stakesReturned = stakesReturned.plus(Amount.of(e.paidOut()));
        burn(e.account(), BurnKind.UNSTAKE_PENALTY, e.penalty(), e.at());
        lastAt = e.at();
    }

    private void on(RewardClaimed e) {
        GovernanceMiningAccount a = account(e.account());
        settle(a, Amount.of(e.rewardSettled()));
        Amount reward = Amount.of(e.reward());
        Amount paidOut = Amount.of(e.paidOut());
        Amount penalty = Amount.of(e.penalty());
        a.rewardAccrued = a.rewardAccrued.minus(reward);
        rewardsAccrued = rewardsAccrued.minus(reward);
        a.rewardsPaid = a.rewardsPaid.plus(paidOut);
        a.rewardsBurned = a.rewardsBurned.plus(penalty);
        rewardsPaid = rewardsPaid.plus(paidOut);
        rewardsBurned = rewardsBurned.plus(penalty);
        a.lastClaim = e.at();
        burn(e.account(), BurnKind.CLAIM_PENALTY, e.penalty(), e.at());
        lastAt = e.at();
    }

    /**
     * Credits {@code credited} (the rounded reward of the event) and moves the account's start to the
     * current accumulator; the fraction the rounding cut off returns to the undistributed fees.
     */
    private void settle(GovernanceMiningAccount a, Amount credited) {
        BigDecimal exact = revenuePerToken.earnedSince(a.revenuePerTokenStart, a.staked);
        undistributed = undistributed.add(exact.subtract(credited.value()));
        stakeTimesStart = stakeTimesStart.add(exact);
        a.revenuePerTokenStart = revenuePerToken;
        a.rewardAccrued = a.rewardAccrued.plus(credited);
        rewardsAccrued = rewardsAccrued.plus(credited);
    }

    /** Changes a settled account's stake (its start is the current accumulator). */
    private void changeStake(GovernanceMiningAccount a, Amount delta) {
        a.staked = a.staked.plus(delta);
        staked = staked.plus(delta);
        stakeTimesStart = stakeTimesStart.add(delta.value().multiply(revenuePerToken.value()));
    }

    private void burn(String account, BurnKind kind, BigDecimal amount, Instant at) {
        if (amount.signum() > 0) {
            burns.add(new Burn(account, kind, amount, at));
        }
    }

    private GovernanceMiningAccount account(String account) {
        return accounts.computeIfAbsent(account, GovernanceMiningAccount::new);
    }

    // ---- reading -------------------------------------------------------------------------------

    public boolean exists() {
        return poolId != null;
    }

    @Override
    public String poolId() {
        return poolId;
    }

    public GovernanceMiningParameters parameters() {
        return parameters;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** Business time of the pool's latest event. */
    @Override
    public Instant lastAt() {
        return lastAt;
    }

    /** ΣKDX of included stakes: the tokens that share fees. */
    public BigDecimal staked() {
        return staked.value();
    }

    /** The included stakes as an amount, for the decisions. */
    Amount stakedAmount() {
        return staked;
    }

    /** The accumulator as a rate, for the decisions. */
    Rate revenuePerTokenRate() {
        return revenuePerToken;
    }

    /** ΣKDX requested and waiting for inclusion. */
    public BigDecimal pendingTotal() {
        return pendingTotal.value();
    }

    /** The cumulative fees per included token, scale 36. */
    public BigDecimal revenuePerToken() {
        return revenuePerToken.value();
    }

    /**
     * Fees swept but credited to no one yet, exact: fees swept while nothing was staked, what the
     * accumulator's rounding held back, and the fractions cut off when accounts were settled. The next
     * sweep shares it out.
     */
    public BigDecimal undistributed() {
        return undistributed;
    }

    /** ΣKDX of fees swept. */
    public BigDecimal feesSwept() {
        return feesSwept.value();
    }

    /** ΣKDX of rewards settled into accounts and not yet claimed. */
    public BigDecimal rewardsAccrued() {
        return rewardsAccrued.value();
    }

    /** Reward earned by the current stakes since their last settlement, exact (not rounded). O(1). */
    public BigDecimal rewardsUnsettled() {
        return revenuePerToken.value().multiply(staked.value()).subtract(stakeTimesStart);
    }

    /** Everything the pool still owes to accounts in rewards, exact: accrued plus unsettled. */
    public BigDecimal rewardsOwed() {
        return rewardsAccrued.value().add(rewardsUnsettled());
    }

    /** ΣKDX of rewards paid out by claims. */
    public BigDecimal rewardsPaid() {
        return rewardsPaid.value();
    }

    /** ΣKDX of rewards burned by claim penalties. */
    public BigDecimal rewardsBurned() {
        return rewardsBurned.value();
    }

    /** ΣKDX ever requested for staking. */
    public BigDecimal stakesRequested() {
        return stakesRequested.value();
    }

    /** ΣKDX of stake returned to accounts by unstakes (after penalties). */
    public BigDecimal stakesReturned() {
        return stakesReturned.value();
    }

    /** ΣKDX of stake burned by unstake penalties. */
    public BigDecimal stakesBurned() {
        return stakesBurned.value();
    }

    public Optional<GovernanceMiningAccount> findAccount(String account) {
        return Optional.ofNullable(accounts.get(account));
    }

    public Collection<GovernanceMiningAccount> accounts() {
        return Collections.unmodifiableCollection(accounts.values());
    }

    /** Accounts with a pending stake, in the order they first requested since their last inclusion. */
    public List<GovernanceMiningAccount> pendingAccounts() {
        List<GovernanceMiningAccount> result = new ArrayList<>(pending.size());
        for (String account : pending) {
            result.add(accounts.get(account));
        }
        return result;
    }

    /** Every penalty burned, in the order it happened. */
    public List<Burn> burns() {
        return Collections.unmodifiableList(burns);
    }
}
