package io.stakingledger.core.voteescrow;

import io.stakingledger.core.common.Amount;
import io.stakingledger.core.common.CommandRejected;
import io.stakingledger.core.common.Inputs;
import io.stakingledger.core.common.PoolEvent;
import io.stakingledger.core.common.Shares;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * The decisions of a vote-escrow pool: {@link #decide} reads the state and returns the complete list of
 * events a command produces, or throws {@link CommandRejected}; nothing is mutated. The aggregate applies
 * the events; tests and simulations can fold them into a {@link VoteEscrowState} directly.
 *
 * <p>Commands about one account first record, as a {@link LockRenewed} event, any automatic renewal the
 * command's instant has crossed, so the audit trail shows every renewal the first time it matters. A
 * query computes the same renewal from the lock and its instant ({@link LockCalendar}), so a query at t
 * and a command at t agree whether or not the renewal was recorded.
 */
public final class VoteEscrowDecider {

    private final VoteEscrowState state;

    private VoteEscrowDecider(VoteEscrowState state) {
        this.state = state;
    }

    /** The creation event, after checking the command. */
    public static VoteEscrowPoolCreated create(CreateVoteEscrowPool command) {
        Inputs.text("pool", command.poolId());
        Inputs.time(command.at());
        if (command.parameters() == null) {
            throw CommandRejected.invalid("parameters are required");
        }
        command.parameters().validate();
        return new VoteEscrowPoolCreated(command.poolId(),
                VoteEscrowPoolCreated.StoredParameters.from(command.parameters()), command.at());
    }

    /** The events {@code command} produces on {@code state}; pure. */
    public static List<PoolEvent> decide(VoteEscrowState state, VoteEscrowCommand command) {
        VoteEscrowDecider decider = new VoteEscrowDecider(state);
        if (command instanceof Lock c) {
            return decider.lock(c);
        } else if (command instanceof Unlock c) {
            return decider.unlock(c);
        } else if (command instanceof EndRenewal c) {
            return decider.endRenewal(c);
        } else if (command instanceof DistributeRewards c) {
            return decider.distributeRewards(c);
        } else if (command instanceof Vote c) {
            return decider.vote(c);
        } else if (command instanceof RecordPoolFees c) {
            return decider.recordPoolFees(c);
        } else if (command instanceof SetPrice c) {
            return decider.setPrice(c);
        }
        throw new IllegalStateException("a vote-escrow command without a decision: " + command);
    }

    /**
     * Lock. End date: all of an account's KSP shares one end; if at + term ≤ the current end (after
     * renewals), the end stays, otherwise it becomes at + term. vKSP: if the term is at least the longest
     * term held, every locked KSP takes the term's multiplier; if shorter, the new lot alone gets the
     * term's multiplier and earlier lots keep theirs. vKSP is rounded down to 18 decimals (exact with
     * whole-number multipliers). The account's earned rewards are settled before its vKSP changes.
     */
    private List<PoolEvent> lock(Lock command) {
        String account = Inputs.text("account", command.account());
        Amount amount = Amount.of(Inputs.positiveAmount("amount", command.amount()));
        VoteEscrowParameters parameters = state.parameters();
        LockTerm term = parameters.term(command.term());
        Instant at = command.at();
        Instant termEnd = LockCalendar.plusMonths(at, term.months());
        List<PoolEvent> events = new ArrayList<>(2);
        VoteEscrowAccount holder = state.findAccount(account).filter(VoteEscrowAccount::hasLock).orElse(null);

        if (holder == null) {
            Shares vKsp = VkspMultiplierRule.vKspAdded(Amount.ZERO, Shares.ZERO, null, amount, term,
                    parameters.multiplier(term));
            requireVotingPower(vKsp, amount, term);
            events.add(new KspLocked(state.poolId(), account, amount.value(), term.code(), vKsp.value(), term.code(),
                    term.selfRenewing(), termEnd, termEnd, 0, Amount.ZERO.value(),
                    RewardAccumulator.exact(BigDecimal.ZERO), at));
            return events;
        }

        EffectiveLock current = renewed(holder, at, events);
        long renewals = holder.renewalsSinceAnchor + current.renewalsPending();
        Instant end = current.lockEnd();
        Instant anchor = holder.renewalAnchor;
        if (termEnd.isAfter(end)) {
            end = termEnd;
            anchor = termEnd;
            renewals = 0;
        }
        LockTerm longest = VkspMultiplierRule.longestAfter(holder.longestTerm, term);
        Shares vKspAdded = VkspMultiplierRule.vKspAdded(holder.locked, holder.vKsp, holder.longestTerm, amount, term,
                parameters.multiplier(term));
        requireVotingPower(vKspAdded, amount, term);
        RewardAccumulator.Settlement settlement = settlement(holder);
        events.add(new KspLocked(state.poolId(), account, amount.value(), term.code(), vKspAdded.value(),
                longest.code(), holder.selfRenewing || term.selfRenewing(), end, anchor, renewals,
                settlement.credited().value(), settlement.dust(), at));
        return events;
    }

    /** Unlock: all of the account's KSP, only in [end, end + unlockWindow); clears its votes. */
    private List<PoolEvent> unlock(Unlock command) {
        String account = Inputs.text("account", command.account());
        VoteEscrowAccount holder = lockedAccount(account, "to unlock");
        Instant at = command.at();
        EffectiveLock lock = LockCalendar.effective(holder.lockPosition().orElseThrow(),
                state.parameters().unlockWindow(), at);
        if (lock.selfRenewing()) {
            throw CommandRejected.conflict("account " + account + " holds a self-renewing " + holder.longestTerm
                    + " lock, which renews at every end (next end " + lock.lockEnd()
                    + ") and has no unlock window: send EndRenewal first, then unlock in the "
                    + state.parameters().unlockWindow().toDays() + "-day window after that end");
        }
        if (!lock.unlockableAt(at)) {
            throw CommandRejected.conflict(lockedMessage(account, holder, lock, at));
        }
        List<PoolEvent> events = new ArrayList<>(2);
        renewed(holder, at, events);
        RewardAccumulator.Settlement settlement = settlement(holder);
        events.add(new KspUnlocked(state.poolId(), account, holder.locked.value(), holder.vKsp.value(),
                new TreeMap<>(holder.votes()),
                settlement.credited().value(), settlement.dust(), at));
        return events;
    }

    /** EndRenewal: only for a self-renewing lock; its unlock window then opens at the current end. */
    private List<PoolEvent> endRenewal(EndRenewal command) {
        String account = Inputs.text("account", command.account());
        VoteEscrowAccount holder = lockedAccount(account, "to stop renewing");
        if (!holder.selfRenewing) {
            EffectiveLock lock = state.lockAt(account, command.at()).orElseThrow();
            throw CommandRejected.conflict("account " + account + "'s lock (longest term " + holder.longestTerm
                    + ", ending " + lock.lockEnd() + ") does not renew at every end; EndRenewal applies only to "
                    + "a self-renewing term such as 12M+ that has not already ended its renewal");
        }
        List<PoolEvent> events = new ArrayList<>(2);
        EffectiveLock lock = renewed(holder, command.at(), events);
        events.add(new RenewalEnded(state.poolId(), account, lock.lockEnd(), command.at()));
        return events;
    }

    /** DistributeRewards: the amount (default: the daily staking emission) split by vKSP share. */
    private List<PoolEvent> distributeRewards(DistributeRewards command) {
        Amount amount = Amount.of(command.amount() == null
                ? state.parameters().dailyStakingEmission()
                : Inputs.positiveAmount("amount", command.amount()));
        if (amount.isZero()) {
            throw CommandRejected.invalid("nothing to distribute: the pool's daily staking emission (dailyEmission × "
                    + "stakingShare) is 0 and no amount was given");
        }
        return List.of(RewardAccumulator.distribute(state.poolId(), amount, state.rewardsCarried(),
                state.vKspTotalShares(), command.at()));
    }

    /** Vote: adds vKSP votes to a target; the account's votes may total at most its vKSP. */
    private List<PoolEvent> vote(Vote command) {
        String account = Inputs.text("account", command.account());
        String target = Inputs.text("target", command.target());
        BigDecimal amount = Inputs.positiveAmount("amount", command.amount());
        VoteEscrowAccount holder = lockedAccount(account, "to vote with (voting power comes from locking KSP)");
        Shares vote = Shares.of(amount);
        Shares available = holder.votesAvailable();
        if (vote.exceeds(available)) {
            throw CommandRejected.limit("voting " + vote.format() + " vKSP for " + target
                    + " would bring account " + account + "'s votes to " + holder.votesTotal.plus(vote).format()
                    + ", above its vKSP of " + holder.vKsp.format() + ": " + available.format()
                    + " vKSP are available to vote");
        }
        List<PoolEvent> events = new ArrayList<>(2);
        renewed(holder, command.at(), events);
        events.add(new VoteCast(state.poolId(), account, target, amount, command.at()));
        return events;
    }

    /** RecordPoolFees: the target's last 24 h of trade fees in USD (zero allowed). */
    private List<PoolEvent> recordPoolFees(RecordPoolFees command) {
        String target = Inputs.text("target", command.target());
        BigDecimal fees = Inputs.nonNegativeAmount("fees", command.fees());
        return List.of(new PoolFeesRecorded(state.poolId(), target, fees, command.at()));
    }

    /** SetPrice: the pool-wide KSP price in USD. */
    private List<PoolEvent> setPrice(SetPrice command) {
        BigDecimal price = Inputs.positiveAmount("price", command.price());
        return List.of(new PriceSet(state.poolId(), price, command.at()));
    }

    // ---- helpers -------------------------------------------------------------------------------

    private VoteEscrowAccount lockedAccount(String account, String purpose) {
        return state.findAccount(account).filter(VoteEscrowAccount::hasLock)
                .orElseThrow(() -> CommandRejected.notFound("account " + account + " has no KSP locked in pool "
                        + state.poolId() + " " + purpose));
    }

    /** The lock at {@code at}; adds a {@link LockRenewed} event when renewals were crossed since the last record. */
    private EffectiveLock renewed(VoteEscrowAccount holder, Instant at, List<PoolEvent> events) {
        EffectiveLock lock = LockCalendar.effective(holder.lockPosition().orElseThrow(), state.parameters().unlockWindow(), at);
        if (lock.renewalsPending() > 0) {
            events.add(new LockRenewed(state.poolId(), holder.account, holder.longestTerm.code(), holder.lockEnd,
                    lock.lockEnd(), lock.renewalsPending(), at));
        }
        return lock;
    }

    private RewardAccumulator.Settlement settlement(VoteEscrowAccount holder) {
        return RewardAccumulator.settle(holder.pendingRewardExact(state.rewardPerVkspRate()));
    }

    private static void requireVotingPower(Shares vKspAdded, Amount amount, LockTerm term) {
        if (!vKspAdded.isPositive()) {
            throw CommandRejected.invalid("locking " + amount.format() + " KSP for " + term
                    + " is too small to add any vKSP at 18 decimals");
        }
    }

    private String lockedMessage(String account, VoteEscrowAccount holder, EffectiveLock lock, Instant at) {
        String window = "it can be unlocked from " + lock.lockEnd() + " until " + lock.unlockWindowEnd()
                + " (the unlock window), not at " + at;
        if (lock.renewalsPending() == 0) {
            return "account " + account + "'s KSP are locked until " + lock.lockEnd() + ": " + window;
        }
        Instant previousEnd = LockCalendar.plusMonths(holder.renewalAnchor,
                (holder.renewalsSinceAnchor + lock.renewalsPending() - 1) * holder.longestTerm.months());
        return "the unlock window after account " + account + "'s lock end of " + previousEnd + " closed at "
                + previousEnd.plus(state.parameters().unlockWindow()) + ", so the lock renewed automatically for "
                + holder.longestTerm.months() + " months and is locked until " + lock.lockEnd() + ": " + window;
    }
}
