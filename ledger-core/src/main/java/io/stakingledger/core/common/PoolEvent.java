package io.stakingledger.core.common;

import java.time.Instant;

/**
 * Every event of every program belongs to one pool and happened at one business instant. Read models
 * route events by {@link #poolId()}; point-in-time views cut the history at {@link #at()}.
 */
public interface PoolEvent {

    String poolId();

    Instant at();
}
