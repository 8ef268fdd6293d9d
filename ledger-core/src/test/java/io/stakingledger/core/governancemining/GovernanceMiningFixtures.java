package io.stakingledger.core.governancemining;

import io.stakingledger.core.common.CommandRejected;
import io.stakingledger.core.common.Decimals;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Shared names for the governance-mining tests: a pool, its clock and exact amounts. */
final class GovernanceMiningFixtures {

    static final String POOL = "gm-1";
    static final String ALICE = "alice";
    static final String BOB = "bob";
    static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");
    static final GovernanceMiningParameters DEFAULTS = GovernanceMiningParameters.defaults();

    private GovernanceMiningFixtures() {
    }

    /** A KDX amount at the canonical scale 18. */
    static BigDecimal kdx(String value) {
        return Decimals.exact(new BigDecimal(value));
    }

    /** An accumulator value at its scale 36. */
    static BigDecimal perToken(String value) {
        return new BigDecimal(value).setScale(RevenuePerToken.SCALE);
    }

    static Instant days(double days) {
        return T0.plus(Duration.ofNanos(Math.round(days * 86_400_000_000_000L)));
    }

    static Instant hours(long hours) {
        return T0.plus(Duration.ofHours(hours));
    }

    static GovernanceMiningPoolCreated poolCreated() {
        return new GovernanceMiningPoolCreated(POOL, GovernanceMiningPoolCreated.StoredParameters.from(DEFAULTS), T0);
    }

    static StakeRequested requested(String account, String amount, Instant at) {
        return new StakeRequested(POOL, account, kdx(amount), at);
    }

    /** The inclusion of a first stake: nothing to settle, the curve starts at {@code at}. */
    static PendingStakeIncluded firstInclusion(String account, String amount, BigDecimal revenuePerToken, Instant at) {
        return new PendingStakeIncluded(POOL, account, kdx(amount), Decimals.ZERO, kdx(amount), revenuePerToken, at, at);
    }

    /**
     * A pool rebuilt from {@code events} without Axon, for rejection tests: a rejected command must throw
     * before it applies anything, and applying outside Axon would fail with another exception. (The
     * fixture's {@code expectException} needs hamcrest, which is not on this module's test classpath.)
     */
    static GovernanceMiningPool replayed(Object... eventsOrHistories) {
        GovernanceMiningPool pool = new GovernanceMiningPool();
        for (Object item : eventsOrHistories) {
            if (item instanceof Object[] history) {
                for (Object event : history) {
                    pool.on(event);
                }
            } else {
                pool.on(item);
            }
        }
        return pool;
    }

    /** Asserts that {@code command} is rejected with exactly {@code message} and leaves the pool as it was. */
    static void assertRejected(GovernanceMiningPool pool, Function<GovernanceMiningPool, ?> command,
                               String message) {
        Instant lastAt = pool.state().lastAt();
        BigDecimal staked = pool.state().staked();
        assertThatThrownBy(() -> command.apply(pool))
                .isInstanceOf(CommandRejected.class)
                .hasMessage(message);
        assertThat(pool.state().lastAt()).isEqualTo(lastAt);
        assertThat(pool.state().staked()).isEqualTo(staked);
    }

    /** The events of a pool where {@code account} staked {@code amount}, included at {@code at}. */
    static Object[] poolWithStaker(String account, String amount, Instant at) {
        return new Object[]{poolCreated(), requested(account, amount, at),
                firstInclusion(account, amount, RevenuePerToken.ZERO, at)};
    }
}
