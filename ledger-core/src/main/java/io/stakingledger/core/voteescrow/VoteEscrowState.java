package io.stakingledger.core.voteescrow;

import io.stakingledger.core.common.Decimals;
import io.stakingledger.core.common.ProgramState;
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
 */
public final class VoteEscrowState implements ProgramState {

    private String poolId;
    private VoteEscrowParameters parameters;
    private Instant createdAt;
    private Instant lastAt;
    private BigDecimal totalLocked = Decimals.ZERO;
    private BigDecimal vKspTotal = Decimals.ZERO;
    private int lockedAccounts;
    private BigDecimal rewardPerVksp = BigDecimal.ZERO.setScale(RewardAccumulator.SCALE);
    private BigDecimal weightedStarts = BigDecimal.ZERO;
    private BigDecimal rewardsEmitted = Decimals.ZERO;
    private BigDecimal rewardsSettled = Decimals.ZERO;
    private BigDecimal rewardsCarried = RewardAccumulator.exact(BigDecimal.ZERO);
    private BigDecimal price;
    private final Map<String, BigDecimal> targetVotes = new HashMap<>();
    private final Map<String, BigDecimal> targetFees = new HashMap<>();
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
        settle(a, e.rewardSettled(), e.rewardDust());
        a.locked = a.locked.add(e.amount());
        a.vKsp = a.vKsp.add(e.vKspAdded());
        weightedStarts = weightedStarts.add(a.vKsp.multiply(rewardPerVksp));
        a.longestTerm = LockTerm.parse(e.longestTerm());
        a.selfRenewing = e.selfRenewing();
        a.lockEnd = e.lockEnd();
        a.renewalAnchor = e.renewalAnchor();
        a.renewalsSinceAnchor = e.renewalsSinceAnchor();
        totalLocked = totalLocked.add(e.amount());
        vKspTotal = vKspTotal.add(e.vKspAdded());
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
        settle(a, e.rewardSettled(), e.rewardDust());
        e.votesCleared().forEach((target, votes) -> targetVotes.merge(target, votes.negate(), BigDecimal::add));
        targetVotes.values().removeIf(v -> v.signum() == 0);
        totalLocked = totalLocked.subtract(e.amount());
        vKspTotal = vKspTotal.subtract(e.vKspRemoved());
        lockedAccounts--;
        a.locked = Decimals.ZERO;
        a.vKsp = Decimals.ZERO;
        a.votes.clear();
        a.votesTotal = Decimals.ZERO;
        a.longestTerm = null;
        a.selfRenewing = false;
        a.lockEnd = null;
        a.renewalAnchor = null;
        a.renewalsSinceAnchor = 0;
        lastAt = e.at();
    }

    /** Credits a settlement and restarts the account's accumulator; its vKSP leaves the weighted starts. */
    private void settle(VoteEscrowAccount a, BigDecimal credited, BigDecimal dust) {
        weightedStarts = weightedStarts.subtract(a.vKsp.multiply(a.rewardPerVkspStart));
        a.rewardsSettled = a.rewardsSettled.add(credited);
        a.rewardPerVkspStart = rewardPerVksp;
        rewardsSettled = rewardsSettled.add(credited);
        rewardsCarried = rewardsCarried.add(dust);
    }

    private void on(RewardsDistributed e) {
        rewardPerVksp = rewardPerVksp.add(e.rewardPerVkspAdded());
        rewardsEmitted = rewardsEmitted.add(e.amount());
        rewardsCarried = e.carriedOut();
        distributions.add(new RewardDistribution(e.at(), e.amount(), e.vKspTotal(), e.rewardPerVkspAdded()));
        lastAt = e.at();
    }

    private void on(VoteCast e) {
        VoteEscrowAccount a = account(e.account());
        a.votes.merge(e.target(), e.amount(), BigDecimal::add);
        a.votesTotal = a.votesTotal.add(e.amount());
        targetVotes.merge(e.target(), e.amount(), BigDecimal::add);
        lastAt = e.at();
    }

    private void on(PoolFeesRecorded e) {
        targetFees.put(e.target(), e.fees());
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
        return totalLocked;
    }

    /** ΣvKSP of all accounts. */
    public BigDecimal vKspTotal() {
        return vKspTotal;
    }

    /** Accounts holding a lock. */
    public int lockedAccounts() {
        return lockedAccounts;
    }

    /** Cumulative reward per vKSP (36 decimals, each step rounded down). */
    public BigDecimal rewardPerVksp() {
        return rewardPerVksp;
    }

    /** ΣKSP emitted by distributions (18 decimals). */
    public BigDecimal rewardsEmitted() {
        return rewardsEmitted;
    }

    /** ΣKSP credited to accounts by settlements (18 decimals). */
    public BigDecimal rewardsSettled() {
        return rewardsSettled;
    }

    /** Exact unsettled reward of all accounts together. */
    public BigDecimal rewardsUnsettledExact() {
        return RewardAccumulator.exact(vKspTotal.multiply(rewardPerVksp).subtract(weightedStarts));
    }

    /** Exact rewards that belong to accounts: settled plus unsettled. */
    public BigDecimal rewardsAllocated() {
        return rewardsSettled.add(rewardsUnsettledExact());
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
        return targetVotes.getOrDefault(target, Decimals.ZERO);
    }

    /** {@code target}'s last recorded 24 h trade fees in USD, if any. */
    public Optional<BigDecimal> feesOf(String target) {
        return Optional.ofNullable(targetFees.get(target));
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
        return findAccount(account).map(a -> a.rewardsAccrued(rewardPerVksp)).orElse(Decimals.ZERO);
    }
}
