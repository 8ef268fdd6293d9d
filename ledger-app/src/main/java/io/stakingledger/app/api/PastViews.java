package io.stakingledger.app.api;

import io.stakingledger.projections.LedgerViews;

/**
 * The read models as they stood at a past point of one pool's history, folded afresh from the pool's
 * stored events into views of their own, so the live views are never touched.
 */
public interface PastViews {

    /**
     * Fresh views that hold pool {@code poolId} as of {@code when} (never {@link PointInTime#NOW}).
     *
     * @throws io.stakingledger.core.common.CommandRejected NOT_FOUND when the pool did not exist then or the
     *         epoch has not closed; INVALID when {@code asOfEpoch} is asked of a program without epochs
     */
    LedgerViews of(String poolId, PointInTime when);
}
