package io.stakingledger.projections;

/**
 * A pool whose read model could not apply one of its events, so none of its views can be answered. The
 * failure is logged where it happened; the other pools are unaffected.
 */
public class PoolUnreadable extends RuntimeException {

    private final String poolId;

    public PoolUnreadable(String poolId, String reason) {
        super("pool " + poolId + " cannot be shown: " + reason);
        this.poolId = poolId;
    }

    public String poolId() {
        return poolId;
    }
}
