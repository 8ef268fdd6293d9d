package io.stakingledger.projections.governancemining;

import io.stakingledger.core.common.CommandRejected;
import io.stakingledger.core.common.Decimals;
import io.stakingledger.core.governancemining.Burn;
import io.stakingledger.core.governancemining.ClaimQuote;
import io.stakingledger.core.governancemining.FeeShareEstimate;
import io.stakingledger.core.governancemining.GovernanceMiningParameters;
import io.stakingledger.core.governancemining.GovernanceMiningState;
import io.stakingledger.core.governancemining.GovernanceMiningAccount;
import io.stakingledger.core.governancemining.UnstakePenalty;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Pure views of a governance-mining pool (docs/domain/governance-mining.md) computed from its state fold at an instant.
 * Each query costs the same however long ago the pool began and however many accounts stake: the
 * state keeps running totals, and the time-dependent math (claim penalty, unstake window) is evaluated
 * once for the one account asked about.
 *
 * <p>{@code at} may be {@code null} (the pool's latest event time) or any instant from the state's
 * latest event on. A view of the past needs the state as it was then: fold the history up to that
 * instant with {@code GovernanceMiningDefinition.INSTANCE.stateAt}, then ask the view.
 */
public final class GovernanceMiningViews {

    private GovernanceMiningViews() {
    }

    /** The pool's totals at {@code at}. */
    public static PoolView pool(GovernanceMiningState state, Instant at) {
        Instant when = resolve(state, at);
        BigDecimal owed = Decimals.down(state.rewardsOwed());
        // The undistributed fees are shown as what is left of the fees swept once paid, burned and owed
        // (rounded down) are taken out, so the four figures a user sees add up to feesSwept exactly. The
        // difference from rounding the exact value down is the part of the owed rewards below 10^-18,
        // which no account can ever be paid: settling cuts it off and returns it to the undistributed fees.
        BigDecimal undistributed = state.feesSwept().subtract(state.rewardsPaid()).subtract(state.rewardsBurned())
                .subtract(owed);
        return new PoolView(state.poolId(), when, state.staked(), state.pendingTotal(), state.revenuePerToken(),
                undistributed, state.stakesBurned(), state.rewardsBurned(), state.feesSwept(),
                state.rewardsPaid(), owed, state.stakesReturned());
    }

    /**
     * One account at {@code at}.
     *
     * @throws CommandRejected (not found) if the account never requested a stake in this pool
     */
    public static PositionView position(GovernanceMiningState state, String account, Instant at) {
        return findPosition(state, account, at).orElseThrow(() -> CommandRejected.notFound(
                "account " + account + " has never staked in pool " + state.poolId()));
    }

    /** One account at {@code at}, empty if it never requested a stake in this pool. */
    public static Optional<PositionView> findPosition(GovernanceMiningState state, String account, Instant at) {
        Instant when = resolve(state, at);
        return state.findAccount(account).map(staker -> position(state, staker, when));
    }

    private static PositionView position(GovernanceMiningState state, GovernanceMiningAccount staker, Instant at) {
        GovernanceMiningParameters parameters = state.parameters();
        ClaimQuote claim = ClaimQuote.of(state, staker, at);
        return new PositionView(state.poolId(), staker.account(), at, staker.staked(), staker.pendingAdd(),
                claim.reward(), claim.penaltyRate(), claim.penalty(), claim.net(), claim.canClaim(),
                claim.claimableFrom(), UnstakePenalty.rate(parameters, staker.lastStake(), at),
                UnstakePenalty.windowEnd(parameters, staker.lastStake()), staker.effectiveStart(), staker.lastStake(),
                staker.lastClaim(), staker.rewardsPaid(), staker.rewardsBurned(), staker.stakeBurned());
    }

    /** Every penalty burned in the pool, oldest first. */
    public static List<PenaltyView> penalties(GovernanceMiningState state) {
        return penalties(state, null, null);
    }

    /**
     * The penalties burned up to {@code at} inclusive ({@code null}: all of them), oldest first, of one
     * account ({@code null}: of every account). Unlike the other views this one accepts an instant
     * before the pool's latest event: burns are never revised, so cutting the list at {@code at} is
     * exactly the history as it stood then.
     */
    public static List<PenaltyView> penalties(GovernanceMiningState state, Instant at, String account) {
        List<PenaltyView> views = new ArrayList<>();
        for (Burn burn : state.burns()) {
            if (at != null && burn.at().isAfter(at)) {
                break;
            }
            if (account == null || account.equals(burn.account())) {
                views.add(new PenaltyView(burn.account(), burn.kind().name(), burn.amount(), burn.at()));
            }
        }
        return views;
    }

    /**
     * The seed's USD view: the account's share of swap fees over {@code days} days at
     * {@code dailyVolumeUsd} of swap volume per day, v × feeShare × staked / totalStaked × d, rounded
     * down to 18 decimals.
     */
    public static BigDecimal feeShareUsd(GovernanceMiningState state, String account, BigDecimal dailyVolumeUsd,
                                         BigDecimal days) {
        GovernanceMiningAccount staker = state.findAccount(account).orElseThrow(() -> CommandRejected.notFound(
                "account " + account + " has never staked in pool " + state.poolId()));
        return FeeShareEstimate.usd(dailyVolumeUsd, state.parameters().feeShare(), staker.staked(), state.staked(), days);
    }

    private static Instant resolve(GovernanceMiningState state, Instant at) {
        if (!state.exists()) {
            throw CommandRejected.notFound("the pool does not exist (no creation event was applied)");
        }
        return state.viewedAt(at);
    }
}
