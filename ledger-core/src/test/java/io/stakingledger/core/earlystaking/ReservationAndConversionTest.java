package io.stakingledger.core.earlystaking;

import io.stakingledger.core.common.ProgramHarness;
import io.stakingledger.core.common.CommandRejected;
import io.stakingledger.core.common.Decimals;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

import static io.stakingledger.core.earlystaking.EarlyStakingExamples.*;
import static org.hamcrest.Matchers.containsString;

/** The reservation queue and the principal conversion right (docs/domain/early-staking.md). */
class ReservationAndConversionTest {

    private FixtureConfiguration<EarlyStakingPool> fixture;

    @BeforeEach
    void setUp() {
        fixture = ProgramHarness.fixture(EarlyStakingPool.class);
    }

    private static StakeDeposited bobFillsTheCap() {
        return new StakeDeposited(POOL, "bob", bd("1000"), bd("1000"), DAY_1);
    }

    @Test
    void reservationJoinsTheBackOfTheQueue() {
        fixture.given(smallCapPoolCreated(), bobFillsTheCap(), new StakeReserved(POOL, 1, "carol", bd("10"), DAY_1))
                .when(new Reserve(POOL, "dave", new BigDecimal("20"), DAY_2, null))
                .expectEvents(new StakeReserved(POOL, 2, "dave", bd("20"), DAY_2));
    }

    @Test
    void realizationFollowsQueueOrderAndLeavesAPartlyRealizedEntryAtTheHead() {
        fixture.given(smallCapPoolCreated(), bobFillsTheCap(),
                        new StakeReserved(POOL, 1, "carol", bd("30"), DAY_1),
                        new StakeReserved(POOL, 2, "dave", bd("20"), DAY_1),
                        new StakeWithdrawn(POOL, "bob", bd("40"), bd("40"), bd("0"), bd("0"), DAY_1))
                .when(new RealizeReservations(POOL, DAY_2, null))
                .expectEvents(new ReservationRealized(POOL, 1, "carol", bd("30"), bd("30"), DAY_2),
                        new ReservationRealized(POOL, 2, "dave", bd("10"), bd("10"), DAY_2));
    }

    @Test
    void realizingWithoutCapacityIsRejected() {
        fixture.given(smallCapPoolCreated(), bobFillsTheCap(), new StakeReserved(POOL, 1, "carol", bd("30"), DAY_1))
                .when(new RealizeReservations(POOL, DAY_2, null))
                .expectException(CommandRejected.class)
                .expectExceptionMessage(containsString("no weighted-share capacity remains"));
    }

    @Test
    void closingAnEpochRealizesTheQueueBeforeTheReward() {
        EarlyStakingParameters p = smallCapParameters();
        fixture.given(smallCapPoolCreated(), new StakeDeposited(POOL, "bob", bd("900"), bd("900"), DAY_1),
                        new StakeReserved(POOL, 1, "carol", bd("150"), DAY_1))
                .when(new CloseEpoch(POOL, EPOCH_1_END, null))
                // 100 of carol's 150 fit at price 1; then the 100 KASH reward lands on 1,000 shares
                .expectEvents(new ReservationRealized(POOL, 1, "carol", bd("100"), bd("100"), EPOCH_1_END),
                        new EpochClosed(POOL, 1, EPOCH_1_END, p.rewardOf(1), Decimals.ZERO, bd("1.1"), EPOCH_1_END));
    }

    @Test
    void partialCancellationTakesTheLatestEntriesFirst() {
        fixture.given(smallCapPoolCreated(), bobFillsTheCap(),
                        new StakeReserved(POOL, 1, "carol", bd("30"), DAY_1),
                        new StakeReserved(POOL, 2, "dave", bd("5"), DAY_1),
                        new StakeReserved(POOL, 3, "carol", bd("20"), DAY_1))
                .when(new CancelReservation(POOL, "carol", new BigDecimal("25"), DAY_2, null))
                .expectEvents(new ReservationCancelled(POOL, 3, "carol", bd("20"), DAY_2),
                        new ReservationCancelled(POOL, 1, "carol", bd("5"), DAY_2));
    }

    @Test
    void cancellingMoreThanQueuedIsRejected() {
        fixture.given(smallCapPoolCreated(), bobFillsTheCap(), new StakeReserved(POOL, 1, "carol", bd("30"), DAY_1))
                .when(new CancelReservation(POOL, "carol", new BigDecimal("31"), DAY_2, null))
                .expectException(CommandRejected.class)
                .expectExceptionMessage(containsString("exceeds the account's queued 30 KASH"));
    }

    @Test
    void cancellingWithNothingQueuedIsRejected() {
        fixture.given(smallCapPoolCreated())
                .when(new CancelReservation(POOL, "carol", null, DAY_2, null))
                .expectException(CommandRejected.class)
                .expectExceptionMessage("account carol has nothing queued in pool kash");
    }

    // ---- principal conversion right ----

    private Object[] aliceStakedAndHalfTheEpochsClosed() {
        EarlyStakingParameters p = defaultParameters();
        Object[] events = new Object[2 + 26];
        events[0] = poolCreated();
        events[1] = aliceBoughtFirst100k();
        for (int e = 1; e <= 26; e++) {
            events[1 + e] = new EpochClosed(POOL, e, p.endOf(e), Decimals.ZERO, Decimals.ZERO, Decimals.ONE, p.endOf(e));
        }
        return events;
    }

    @Test
    void conversionBurnsTheBoughtKashTurnsPrincipalIntoVirtualSharesAndRefundsThePayment() {
        EarlyStakingParameters p = defaultParameters();
        Instant later = p.endOf(26).plusSeconds(60);
        fixture.given(poolCreated(), aliceBoughtFirst100k(), staked("alice", "100000", DAY_1))
                .andGiven(java.util.Arrays.stream(aliceStakedAndHalfTheEpochsClosed()).skip(2).toList())
                .when(new ConvertPrincipal(POOL, "alice", later, null))
                .expectEvents(new PrincipalConverted(POOL, "alice", bd("100000"), bd("100000"),
                        new TreeMap<>(Map.of("USDC", bd("50000"))), later));
    }

    @Test
    void conversionBeforeHalfTheEpochsIsRejected() {
        fixture.given(poolCreated(), aliceBoughtFirst100k(), staked("alice", "100000", DAY_1))
                .when(new ConvertPrincipal(POOL, "alice", DAY_2, null))
                .expectException(CommandRejected.class)
                .expectExceptionMessage(containsString("opens once 26 of 52 epochs have closed; 0 have"));
    }

    @Test
    void conversionAfterAWithdrawalIsRejected() {
        EarlyStakingParameters p = defaultParameters();
        fixture.given(poolCreated(), aliceBoughtFirst100k(), staked("alice", "100000", DAY_1),
                        new StakeWithdrawn(POOL, "alice", bd("1"), bd("1"), bd("0"), bd("0"), DAY_1))
                .andGiven(java.util.Arrays.stream(aliceStakedAndHalfTheEpochsClosed()).skip(2).toList())
                .when(new ConvertPrincipal(POOL, "alice", p.endOf(26).plusSeconds(1), null))
                .expectException(CommandRejected.class)
                .expectExceptionMessage(containsString("has withdrawn"));
    }

    @Test
    void conversionIsAllowedOnlyOnce() {
        EarlyStakingParameters p = defaultParameters();
        Instant later = p.endOf(26).plusSeconds(60);
        fixture.given(poolCreated(), aliceBoughtFirst100k(), staked("alice", "200000", DAY_1))
                .andGiven(java.util.Arrays.stream(aliceStakedAndHalfTheEpochsClosed()).skip(2).toList())
                .andGivenCommands(new ConvertPrincipal(POOL, "alice", later, null))
                .when(new ConvertPrincipal(POOL, "alice", later, null))
                .expectException(CommandRejected.class)
                .expectExceptionMessage(containsString("already used its principal conversion right"));
    }

    @Test
    void conversionIsRejectedWhenThePrincipalIsWorthLessThanWhatWasBought() {
        EarlyStakingParameters p = defaultParameters();
        fixture.given(poolCreated(), aliceBoughtFirst100k(), staked("alice", "99999", DAY_1))
                .andGiven(java.util.Arrays.stream(aliceStakedAndHalfTheEpochsClosed()).skip(2).toList())
                .when(new ConvertPrincipal(POOL, "alice", p.endOf(26).plusSeconds(1), null))
                .expectException(CommandRejected.class)
                .expectExceptionMessage(containsString("is worth less than the 100000 KASH it bought"));
    }

    @Test
    void afterAConversionAFurtherExerciseMustRespectTheLimitIncludingTheNewDebt() {
        EarlyStakingParameters p = defaultParameters();
        Instant later = p.endOf(26).plusSeconds(60);
        fixture.given(poolCreated(), aliceBoughtFirst100k(), staked("alice", "100000", DAY_1))
                .andGiven(java.util.Arrays.stream(aliceStakedAndHalfTheEpochsClosed()).skip(2).toList())
                .andGivenCommands(new ConvertPrincipal(POOL, "alice", later, null))
                .when(new ExerciseDcr(POOL, "alice", BigDecimal.ONE, null, later, null))
                .expectException(CommandRejected.class)
                .expectExceptionMessage(containsString("at most 0 can be exercised now"));
    }
}
