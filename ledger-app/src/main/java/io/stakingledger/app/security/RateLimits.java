package io.stakingledger.app.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Optional;

/**
 * Per-caller rate limit: one Bucket4j token bucket per caller (its actor; {@code ip:<address>} for a
 * request without valid credentials), {@code burst} tokens deep, refilled at {@code per-second}. Buckets
 * live in a Caffeine cache bounded in size and dropped after ten idle minutes. Each node limits on its
 * own.
 */
@Component
public class RateLimits {

    private final boolean enabled;
    private final Bandwidth bandwidth;
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .maximumSize(100_000)
            .expireAfterAccess(Duration.ofMinutes(10))
            .build();

    public RateLimits(@Value("${ledger.security.rate-limit.enabled:true}") boolean enabled,
                      @Value("${ledger.security.rate-limit.per-second:50}") double perSecond,
                      @Value("${ledger.security.rate-limit.burst:100}") long burst) {
        if (perSecond <= 0 || burst < 1) {
            throw new IllegalArgumentException("ledger.security.rate-limit.per-second must be positive and burst at least 1");
        }
        this.enabled = enabled;
        this.bandwidth = perSecond >= 1 && perSecond == Math.rint(perSecond)
                ? Bandwidth.builder().capacity(burst).refillGreedy((long) perSecond, Duration.ofSeconds(1)).build()
                : Bandwidth.builder().capacity(burst).refillGreedy(1, Duration.ofNanos((long) (1e9 / perSecond))).build();
    }

    /**
     * Takes one request from {@code caller}'s bucket.
     *
     * @return empty when the request may proceed, else how long until the next one would be accepted
     */
    public Optional<Duration> take(String caller) {
        if (!enabled) {
            return Optional.empty();
        }
        Bucket bucket = buckets.get(caller, key -> Bucket.builder().addLimit(bandwidth).build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    /** Whole seconds for {@code Retry-After}, rounded up, at least 1. */
    public static long retryAfterSeconds(Duration wait) {
        long seconds = (wait.toNanos() + 999_999_999L) / 1_000_000_000L;
        return Math.max(1, seconds);
    }
}
