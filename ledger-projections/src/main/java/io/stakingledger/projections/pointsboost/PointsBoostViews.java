package io.stakingledger.projections.pointsboost;

import io.stakingledger.core.common.CommandRejected;
import io.stakingledger.core.common.Decimals;
import io.stakingledger.core.pointsboost.PointsBoostAccount;
import io.stakingledger.core.pointsboost.PointsBoostParameters;
import io.stakingledger.core.pointsboost.PointsBoostState;
import io.stakingledger.core.pointsboost.PointsPosition;

import java.time.Instant;
import java.util.Optional;

/**
 * Pure views of a points-boost pool at an instant, from its state fold. Each costs O(1): no loop over
 * days and no scan of the accounts, so a query at day 10,000 costs what one at day 1 does.
 *
 * <p>{@code at} may be null, meaning the pool's latest event; an earlier one is refused by
 * {@link io.stakingledger.core.common.ProgramState#viewedAt} (the state keeps only the current price); to look
 * at the past, fold the events up to that instant first.
 */
public final class PointsBoostViews {

    private PointsBoostViews() {
    }

    /**
     * The pool's totals at {@code at}.
     *
     * @throws CommandRejected not found if the pool has not been created; invalid input if {@code at} is before the last event
     */
    public static PoolView pool(PointsBoostState state, Instant at) {
        Instant t = instant(state, at);
        PointsBoostParameters p = state.parameters();
        return new PoolView(state.poolId(), t, state.createdAt(), state.lastAt(), state.price().price(),
                state.totalStaked(), state.totalBasePointsPerDay(),
                Decimals.down(state.totalStaked().multiply(state.price().price()).multiply(p.stakingPointsPerUsd())),
                state.stakers(), state.accountCount(),
                p.baseBoost(), p.multiplierPerDay(), p.maxMultiplier(), p.boostCoveragePerToken(), p.stakingPointsPerUsd());
    }

    /**
     * One account at {@code at}.
     *
     * @throws CommandRejected not found for an unknown pool or account; invalid input if {@code at} is before the last event
     */
    public static PositionView position(PointsBoostState state, String account, Instant at) {
        return findPosition(state, account, at).orElseThrow(() -> CommandRejected.notFound(
                "account " + account + " has no position in pool " + state.poolId()
                        + " (it has never staked nor had base points set)"));
    }

    /** One account at {@code at}, or empty for an account the pool has never seen. */
    public static Optional<PositionView> findPosition(PointsBoostState state, String account, Instant at) {
        Instant t = instant(state, at);
        return state.findAccount(account).map(a -> view(state, a, t));
    }

    private static PositionView view(PointsBoostState state, PointsBoostAccount account, Instant t) {
        PointsPosition p = state.positionAt(account.account(), t).orElseThrow();
        return new PositionView(state.poolId(), account.account(), t, account.since(), p.staked(),
                p.stakingMultiplier(), p.totalBoost(), p.basePointsPerDay(), p.boostedPointsPerDay(),
                p.stakingPointsPerDay(), p.totalPointsPerDay(), p.pointsAccrued());
    }

    private static Instant instant(PointsBoostState state, Instant at) {
        if (!state.exists()) {
            throw CommandRejected.notFound("no points-boost pool has been created here");
        }
        return state.viewedAt(at);
    }
}
