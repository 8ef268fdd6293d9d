package io.stakingledger.core.pointsboost;

import io.stakingledger.core.common.ProgramHarness;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Values and event histories shared by the points-boost tests; named for what they build. */
final class PointsBoostExamples {

    static final String POOL = "kmno";
    static final String ALICE = "alice";
    static final String BOB = "bob";
    /** KMNO staking went live on April 30th 2024 at 12:00 UTC (seed 002). */
    static final Instant LAUNCH = Instant.parse("2024-04-30T12:00:00Z");
    static final PointsBoostParameters DEFAULTS = PointsBoostParameters.defaults();

    private PointsBoostExamples() {
    }

    /** A decimal at the canonical scale of 18, as events and views carry it. */
    static BigDecimal d(String value) {
        return new BigDecimal(value).setScale(18);
    }

    static Instant day(long days) {
        return LAUNCH.plus(Duration.ofDays(days));
    }

    /** The events stored when {@code create} and then {@code commands} go through the pool aggregate. */
    static List<Object> eventsOf(CreatePointsBoostPool create, Object... commands) {
        return ProgramHarness.axon(PointsBoostDefinition.INSTANCE, PointsBoostPool.class, create).given(commands).events();
    }

    static PointsBoostPoolCreated poolCreated() {
        return new PointsBoostPoolCreated(POOL, PointsBoostPoolCreated.StoredParameters.from(DEFAULTS), LAUNCH);
    }

    static PriceSet priceSet(String price, Instant at) {
        return new PriceSet(POOL, d(price), at);
    }

    /** Seed 002 scenario 1: price $0.2, 1,000,000 base points per day, 200,000 KMNO staked at launch. */
    static List<Object> scenario1() {
        return List.of(poolCreated(),
                priceSet("0.2", LAUNCH),
                new BasePointsSet(POOL, ALICE, d("1000000"), d("0"), LAUNCH),
                new Staked(POOL, ALICE, d("200000"), d("200000"), d("0"), d("0"), d("0"), LAUNCH));
    }

    /** Scenario 2's price change at day 90, then scenario 3: 100,000 more staked at day 90. */
    static List<Object> scenario3() {
        return append(scenario1(),
                priceSet("0.25", day(90)),
                // 90 days: boosted 400,000 × (0.3·90 + 0.005·90²/2) = 18,900,000; staking 120,000 × 90 = 10,800,000
                new Staked(POOL, ALICE, d("100000"), d("300000"), d("0.45"), d("0.3"), d("29700000"), day(90)));
    }

    /** Scenario 5: 540 days later (day 630) 200,000 are unstaked. */
    static List<Object> scenario5() {
        // days 90–630: boosted 600,000 × (0.6·480 + 0.005·480²/2 + 3.0·60) = 626,400,000; staking 225,000 × 540
        return append(scenario3(),
                new Unstaked(POOL, ALICE, d("200000"), d("100000"), d("2.7"), d("777600000"), day(630)));
    }

    /** Scenario 6: the base points fall to 100,000 per day at day 630. */
    static List<Object> scenario6() {
        return append(scenario5(), new BasePointsSet(POOL, ALICE, d("100000"), d("777600000"), day(630)));
    }

    static PointsBoostState fold(List<Object> events) {
        PointsBoostState state = new PointsBoostState();
        events.forEach(state::evolve);
        return state;
    }

    private static List<Object> append(List<Object> history, Object... more) {
        List<Object> all = new java.util.ArrayList<>(history);
        all.addAll(List.of(more));
        return List.copyOf(all);
    }
}
