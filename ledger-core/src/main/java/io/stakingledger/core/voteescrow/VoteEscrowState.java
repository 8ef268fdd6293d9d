package io.stakingledger.core.voteescrow;

import io.stakingledger.core.common.Amount;
import io.stakingledger.core.common.ProgramState;
import io.stakingledger.core.common.Rate;
import io.stakingledger.core.common.Shares;
import io.stakingledger.core.common.UnknownEvent;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The state of one vote-escrow pool as the fold of its events. Events carry every computed number, so
 * applying one only assigns and adds; the aggregate decides with this state and the read models answer
 * queries from it. Running totals (locked, vKSP, votes per target, the reward accumulator) make every
 * query independent of the number of accounts.
 *
 * <p>Reward bookkeeping: {@code weightedStarts = Σ vKsp_i × start_i} over accounts, so the exact
 * unsettled reward of all accounts together is {@code vKspTotal × rewardPerVksp − weightedStarts}
 * (see {@link RewardAccumulator}).
 *
 * <p>Types: KSP and USD fees are {@link Amount}s, vKSP and votes {@link Shares}, the accumulator a
 * {@link Rate}. Three quantities stay plain decimals because no value type has their scale: the weighted
 * starts and the reward carry (exact, up to 54 decimals) and the KSP price (USD per KSP, a ratio). The
 * getters answer plain decimals, at the same scales, for the views.
 */
public final class VoteEscrowState implements ProgramState {

    private String poolId;
    private VoteEscrowParameters parameters;
    private Instant createdAt;
    private Instant lastAt;
    private Amount totalLocked = Amount.ZERO;
    private Shares vKspTotal = Shares.ZERO;
    private int lockedAccounts;
    private Rate rewardPerVksp = Rate.ZERO;
    private BigDecimal weightedStarts = BigDecimal.ZERO;
    private Amount rewardsEmitted = Amount.ZERO;
    private Amount rewardsSettled = Amount.ZERO;
    private BigDecimal rewardsCarried = RewardAccumulator.exact(BigDecimal.ZERO);
    private BigDecimal price;
    private final Map<String, Shares> targetVotes = new HashMap<>();
    private final Map<String, Amount> targetFees = new HashMap<>();
    private final Map<String, VoteEscrowAccount> accounts = new HashMap<>();
    private final List<RewardDistribution> distributions = new ArrayList<>();

    @Override
    public void evolve(Object event) {
        if (event instanceof VoteEscrowPoolCreated e) {
            on(e);
        } else if (event instanceof KspLocked e) {
            on(e);
        } else if (event instanceof LockRenewed e) {
            on(e);
        } else if (event instanceof RenewalEnded e) {
            on(e);
        } else if (event instanceof KspUnlocked e) {
            on(e);
        } else if (event instanceof RewardsDistributed e) {
            on(e);
        } else if (event instanceof VoteCast e) {
            on(e);
        } else if (event instanceof PoolFeesRecorded e) {
            on(e);
        } else if (event instanceof PriceSet e) {
            on(e);
        } else {
            throw new UnknownEvent(VoteEscrowDefinition.PROGRAM, event);
        }
    }

    private void on(VoteEscrowPoolCreated e) {
        poolId = e.poolId();
        parameters = e.parameters().toParameters();
        createdAt = e.at();
        lastAt = e.at();
    }

    private void on(KspLocked e) {
        VoteEscrowAccount a = account(e.account());
        if (!a.hasLock()) {
            lockedAccounts++;
        }
        settle(a, Amount.of(e.rewardSettled()), e.rewardDust());
        a.locked = a.locked.plus(Amount.of(e.amount()));
        a.vKsp = a.vKsp.plus(Shares.of(e.vKspAdded()));
        weightedStarts = weightedStarts.add(a.vKsp.value().multiply(rewardPerVksp.value()));
        a.longestTerm = LockTerm.parse(e.longestTerm());
        a.selfRenewing = e.selfRenewing();
        a.lockEnd = e.lockEnd();
        a.renewalAnchor = e.renewalAnchor();
        a.renewalsSinceAnchor = e.renewalsSinceAnchor();
        totalLocked = totalLocked.plus(Amount.of(e.amount()));
        vKspTotal = vKspTotal.plus(Shares.of(e.vKspAdded()));
        lastAt = e.at();
    }

    private void on(LockRenewed e) {
        VoteEscrowAccount a = account(e.account());
        a.lockEnd = e.lockEnd();
        a.renewalsSinceAnchor += e.renewals();
        lastAt = e.at();
    }

    private void on(RenewalEnded e) {
        VoteEscrowAccount a = account(e.account());
        a.selfRenewing = false;
        a.lockEnd = e.lockEnd();
        a.renewalAnchor = e.lockEnd();
        a.renewalsSinceAnchor = 0;
        lastAt = e.at();
    }

    private void on(KspUnlocked e) {
        VoteEscrowAccount a = account(e.account());
        settle(a, Amount.of(e.rewardSettled()), e.rewardDust());
        e.votesCleared().forEach((target, votes) -> targetVotes.merge(target, Shares.of(votes).negate(), Shares::plus));
        targetVotes.values().removeIf(Shares::isZero);
        totalLocked = totalLocked.minus(Amount.of(e.amount()));
        vKspTotal = vKspTotal.minus(Shares.of(e.vKspRemoved()));
        lockedAccounts--;
        a.locked = Amount.ZERO;
        a.vKsp = Shares.ZERO;
        a.votes.clear();
        a.votesTotal = Shares.ZERO;
        a.longestTerm = null;
        a.selfRenewing = false;
        a.lockEnd = null;
        a.renewalAnchor = null;
        a.renewalsSinceAnchor = 0;
        lastAt = e.at();
    }

    /** Credits a settlement and restarts the account's accumulator; its vKSP leaves the weighted starts. */
    private void settle(VoteEscrowAccount a, Amount credited, BigDecimal dust) {
        weightedStarts = weightedStarts.subtract(a.vKsp.value().multiply(a.rewardPerVkspStart.value()));
        a.rewardsSettled = a.rewardsSettled.plus(credited);
        a.rewardPerVkspStart = rewardPerVksp;
        rewardsSettled = rewardsSettled.plus(credited);
        rewardsCarried = rewardsCarried.add(dust);
    }

    private void on(RewardsDistributed e) {
        RewardDistribution distribution = new RewardDistribution(e.at(), Amount.of(e.amount()),
                Shares.of(e.vKspTotal()), Rate.of(e.rewardPerVkspAdded()));
        rewardPerVksp = rewardPerVksp.plus(distribution.rewardPerVkspAdded());
        rewardsEmitted = rewardsEmitted.plus(distribution.amount());
        rewardsCarried = e.carriedOut();
        distributions.add(distribution);
        lastAt = e.at();
    }

    private void on(VoteCast e) {
        VoteEscrowAccount a = account(e.account());
        Shares vote = Shares.of(e.amount());
        a.votes.merge(e.target(), vote, Shares::plus);
        a.votesTotal = a.votesTotal.plus(vote);
        targetVotes.merge(e.target(), vote, Shares::plus);
        lastAt = e.at();
    }

    private void on(PoolFeesRecorded e) {
        targetFees.put(e.target(), Amount.of(e.fees()));
        lastAt = e.at();
    }

    private void on(PriceSet e) {
        price = e.price();
        lastAt = e.at();
    }

    private VoteEscrowAccount account(String account) {
        return accounts.computeIfAbsent(account, VoteEscrowAccount::new);
    }

    // ---- reading -------------------------------------------------------------------------------

    public boolean exists() {
        return poolId != null;
    }

    @Override
    public String poolId() {
        return poolId;
    }

    public VoteEscrowParameters parameters() {
        return parameters;
    }

    public Instant createdAt() {
        return createdAt;
    }

    @Override
    public Instant lastAt() {
        return lastAt;
    }

    /** ΣKSP locked. */
    public BigDecimal totalLocked() {
        return totalLocked.value();
    }

    /** ΣvKSP of all accounts. */
    public BigDecimal vKspTotal() {
        return vKspTotal.value();
    }

    Shares vKspTotalShares() {
        return vKspTotal;
    }

    /** Accounts holding a lock. */
    public int lockedAccounts() {
        return lockedAccounts;
    }

    /** Cumulative reward per vKSP (36 decimals, each step rounded down). */
    public BigDecimal rewardPerVksp() {
        return rewardPerVksp.value();
    }

    Rate rewardPerVkspRate() {
        return rewardPerVksp;
    }

    /** ΣKSP emitted by distributions (18 decimals). */
    public BigDecimal rewardsEmitted() {
        return rewardsEmitted.value();
    }

    /** ΣKSP credited to accounts by settlements (18 decimals). */
    public BigDecimal rewardsSettled() {
        return rewardsSettled.value();
    }

    /** Exact unsettled reward of all accounts together. */
    public BigDecimal rewardsUnsettledExact() {
        return RewardAccumulator.exact(vKspTotal.value().multiply(rewardPerVksp.value()).subtract(weightedStarts));
    }

    /** Exact rewards that belong to accounts: settled plus unsettled. */
    public BigDecimal rewardsAllocated() {
        return rewardsSettled.value().add(rewardsUnsettledExact());
    }

    /**
     * Exact rounding remainder held by the pool and added to the next distribution: what the accumulator
     * step did not cover plus the sub-unit dust of settlements. {@code emitted = allocated + carried}.
     */
    public BigDecimal rewardsCarried() {
        return rewardsCarried;
    }

    /** The KSP price in USD, once set. */
    public Optional<BigDecimal> price() {
        return Optional.ofNullable(price);
    }

    /** ΣvKSP voted for {@code target}. */
    public BigDecimal votesFor(String target) {
        return targetVotes.getOrDefault(target, Shares.ZERO).value();
    }

    /** {@code target}'s last recorded 24 h trade fees in USD, if any. */
    public Optional<BigDecimal> feesOf(String target) {
        return Optional.ofNullable(targetFees.get(target)).map(Amount::value);
    }

    /** Targets with votes or recorded fees. */
    public List<String> targets() {
        java.util.TreeSet<String> names = new java.util.TreeSet<>(targetVotes.keySet());
        names.addAll(targetFees.keySet());
        return List.copyOf(names);
    }

    public Optional<VoteEscrowAccount> findAccount(String account) {
        return Optional.ofNullable(accounts.get(account));
    }

    /** Every account that ever locked, including unlocked ones that keep their rewards. */
    public Map<String, VoteEscrowAccount> accounts() {
        return Collections.unmodifiableMap(accounts);
    }

    /** Past distributions, oldest first. */
    public List<RewardDistribution> distributions() {
        return Collections.unmodifiableList(distributions);
    }

    /** The account's lock at {@code t}, after automatic renewals; empty when nothing is locked. */
    public Optional<EffectiveLock> lockAt(String account, Instant t) {
        return findAccount(account).flatMap(VoteEscrowAccount::lockPosition)
                .map(lock -> LockCalendar.effective(lock, parameters.unlockWindow(), t));
    }

    /** Settled plus unsettled rewards of the account, rounded down to 18 decimals. */
    public BigDecimal rewardsAccrued(String account) {
        return findAccount(account).map(a -> a.rewardsAccrued(rewardPerVksp)).orElse(Amount.ZERO).value();
    }
}
