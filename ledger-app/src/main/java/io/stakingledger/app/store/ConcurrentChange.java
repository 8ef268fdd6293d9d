package io.stakingledger.app.store;

import java.time.Duration;

/**
 * A command lost the race for its pool's next sequence number to other writers more times than the
 * server retries it. Nothing was changed; sending it again (with the same {@code commandId}) is safe.
 */
public class ConcurrentChange extends RuntimeException {

    private static final Duration RETRY_AFTER = Duration.ofSeconds(1);

    public ConcurrentChange(String poolId, int attempts) {
        super("pool " + poolId + " was changed by other writers during each of " + attempts
                + " attempts; nothing was changed, send the command again");
    }

    public Duration retryAfter() {
        return RETRY_AFTER;
    }
}
