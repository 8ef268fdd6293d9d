package io.stakingledger.projections.voteescrow;

import io.stakingledger.core.common.Amount;
import io.stakingledger.core.common.CommandRejected;
import io.stakingledger.core.common.Decimals;
import io.stakingledger.core.common.Shares;
import io.stakingledger.core.voteescrow.EffectiveLock;
import io.stakingledger.core.voteescrow.VoteEscrowAccount;
import io.stakingledger.core.voteescrow.LockTerm;
import io.stakingledger.core.voteescrow.RewardDistribution;
import io.stakingledger.core.voteescrow.VoteEscrowParameters;
import io.stakingledger.core.voteescrow.VoteEscrowRates;
import io.stakingledger.core.voteescrow.VoteEscrowState;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Pure views of a vote-escrow pool at an instant. Each reads the folded {@link VoteEscrowState} and
 * computes the time-dependent parts (automatic renewals) for the instant asked; its cost does not grow
 * with elapsed time nor with the number of accounts (the APR history is as long as the distributions).
 *
 * <p>{@code at} is optional: {@code null} means the pool's last event. A view cannot look behind the
 * state it was given; to see the pool at an earlier instant, fold its events up to that instant with
 * {@code VoteEscrowDefinition.INSTANCE.stateAt} first.
 */
public final class VoteEscrowViews {

    private VoteEscrowViews() {
    }

    public static PoolView pool(VoteEscrowState state, Instant at) {
        Instant when = instant(state, at);
        VoteEscrowParameters parameters = state.parameters();
        BigDecimal daily = parameters.dailyStakingEmission();
        return new PoolView(state.poolId(), state.totalLocked(), state.vKspTotal(), state.lockedAccounts(), daily,
                state.price().orElse(null), state.rewardsEmitted(), state.rewardsAllocated(), state.rewardsSettled(),
                state.rewardsCarried(), state.rewardPerVksp(), state.distributions().size(),
                termAprs(parameters, Amount.of(daily), Shares.of(state.vKspTotal())), when);
    }

    /** The account's position; rejected as not found when the account never locked in this pool. */
    public static PositionView position(VoteEscrowState state, String account, Instant at) {
        return findPosition(state, account, at).orElseThrow(() -> CommandRejected.notFound(
                "account " + account + " has never locked KSP in pool " + state.poolId()));
    }

    public static Optional<PositionView> findPosition(VoteEscrowState state, String account, Instant at) {
        Instant when = instant(state, at);
        return state.findAccount(account).map(holder -> position(state, holder, when));
    }

    /**
     * One entry per distribution up to {@code at} ({@code null}: all), oldest first. Past distributions do
     * not change, so unlike the other views this one accepts an {@code at} before the state's last event.
     */
    public static List<AprHistoryEntry> aprHistory(VoteEscrowState state, Instant at) {
        Instant when = at == null ? instant(state, null) : at;
        if (!state.exists()) {
            throw CommandRejected.notFound("the pool does not exist");
        }
        List<AprHistoryEntry> history = new ArrayList<>();
        for (RewardDistribution d : state.distributions()) {
            if (d.at().isAfter(when)) {
                break;
            }
            history.add(new AprHistoryEntry(d.at(), d.amount().value(), d.vKspTotal().value(),
                    d.rewardPerVkspAdded().value(), termAprs(state.parameters(), d.amount(), d.vKspTotal())));
        }
        return history;
    }

    private static PositionView position(VoteEscrowState state, VoteEscrowAccount holder, Instant at) {
        VoteEscrowParameters parameters = state.parameters();
        Optional<EffectiveLock> lock = state.lockAt(holder.account(), at);
        Amount locked = Amount.of(holder.locked());
        Optional<BigDecimal> daily = VoteEscrowRates.stakingDailyRate(Amount.of(parameters.dailyStakingEmission()),
                Shares.of(holder.vKsp()), Shares.of(state.vKspTotal()), locked);
        List<VoteView> votes = new ArrayList<>();
        for (Map.Entry<String, BigDecimal> vote : holder.votes().entrySet()) {
            String target = vote.getKey();
            BigDecimal fees = state.feesOf(target).orElse(Decimals.ZERO);
            BigDecimal targetVotes = state.votesFor(target);
            BigDecimal apr = VoteEscrowRates.votingAprPercent(Amount.of(fees), parameters.votingFeeShare(),
                    Shares.of(vote.getValue()), Shares.of(targetVotes), state.price().orElse(null), locked)
                    .map(VoteEscrowRates::display).orElse(null);
            votes.add(new VoteView(target, vote.getValue(), targetVotes, fees, apr));
        }
        return new PositionView(state.poolId(), holder.account(), holder.locked(), holder.vKsp(),
                holder.longestTerm().map(LockTerm::code).orElse(null),
                holder.selfRenewing(),
                lock.map(EffectiveLock::lockEnd).orElse(null),
                lock.map(EffectiveLock::unlockWindowEnd).orElse(null),
                lock.map(l -> l.unlockableAt(at)).orElse(false),
                state.rewardsAccrued(holder.account()),
                daily.map(VoteEscrowRates::aprPercent).map(VoteEscrowRates::display).orElse(null),
                daily.map(VoteEscrowRates::apyPercent).map(VoteEscrowRates::display).orElse(null),
                holder.votesTotal(), List.copyOf(votes), at);
    }

    private static List<TermApr> termAprs(VoteEscrowParameters parameters, Amount dailyAmount, Shares vKspTotal) {
        List<TermApr> aprs = new ArrayList<>();
        for (LockTerm term : parameters.termList()) {
            BigDecimal multiplier = parameters.multiplier(term);
            // one KSP locked for the term holds the term's multiplier in vKSP
            Optional<BigDecimal> daily = VoteEscrowRates.stakingDailyRate(dailyAmount, Shares.of(multiplier), vKspTotal,
                    Amount.of(BigDecimal.ONE));
            aprs.add(new TermApr(term.code(), multiplier,
                    daily.map(VoteEscrowRates::aprPercent).map(VoteEscrowRates::display).orElse(null),
                    daily.map(VoteEscrowRates::apyPercent).map(VoteEscrowRates::display).orElse(null)));
        }
        return List.copyOf(aprs);
    }

    private static Instant instant(VoteEscrowState state, Instant at) {
        if (!state.exists()) {
            throw CommandRejected.notFound("the pool does not exist");
        }
        return state.viewedAt(at);
    }
}
