package io.stakingledger.core.governancemining;

import io.stakingledger.core.common.ProgramHarness;
import io.stakingledger.core.common.CommandOutcome;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static io.stakingledger.core.governancemining.GovernanceMiningFixtures.ALICE;
import static io.stakingledger.core.governancemining.GovernanceMiningFixtures.assertRejected;
import static io.stakingledger.core.governancemining.GovernanceMiningFixtures.replayed;
import static io.stakingledger.core.governancemining.GovernanceMiningFixtures.DEFAULTS;
import static io.stakingledger.core.governancemining.GovernanceMiningFixtures.POOL;
import static io.stakingledger.core.governancemining.GovernanceMiningFixtures.T0;
import static io.stakingledger.core.governancemining.GovernanceMiningFixtures.hours;
import static io.stakingledger.core.governancemining.GovernanceMiningFixtures.poolWithStaker;
import static io.stakingledger.core.governancemining.GovernanceMiningFixtures.requested;

/** Business time and idempotency, as every command of the pool handles them. */
class PoolPlumbingTest {

    private FixtureConfiguration<GovernanceMiningPool> fixture;

    @BeforeEach
    void setUp() {
        fixture = ProgramHarness.fixture(GovernanceMiningPool.class);
    }

    @Test
    void aCommandEarlierThanThePoolsLastEventIsRejected() {
        assertRejected(replayed(poolWithStaker(ALICE, "100", hours(5))),
                pool -> pool.handle(new SweepFees(POOL, new BigDecimal("1"), hours(4), null)),
                "at 2024-01-01T04:00:00Z is earlier than the pool's last event at "
                        + "2024-01-01T05:00:00Z; business time must not go backwards");
    }

    @Test
    void aRepeatedCommandIdIsNotAppliedAgainAndReturnsTheFirstOutcome() {
        fixture.givenCommands(new CreateGovernanceMiningPool(POOL, DEFAULTS, T0, "create"),
                        new RequestStake(POOL, ALICE, new BigDecimal("100"), hours(1), "stake-1"))
                .when(new RequestStake(POOL, ALICE, new BigDecimal("100"), hours(2), "stake-1"))
                .expectNoEvents()
                .expectResultMessagePayload(new CommandOutcome(POOL, "stake-1",
                        List.of(requested(ALICE, "100", hours(1))), true));
    }

    @Test
    void aNewCommandIdIsApplied() {
        fixture.givenCommands(new CreateGovernanceMiningPool(POOL, DEFAULTS, T0, "create"),
                        new RequestStake(POOL, ALICE, new BigDecimal("100"), hours(1), "stake-1"))
                .when(new RequestStake(POOL, ALICE, new BigDecimal("100"), hours(2), "stake-2"))
                .expectEvents(requested(ALICE, "100", hours(2)));
    }
}
