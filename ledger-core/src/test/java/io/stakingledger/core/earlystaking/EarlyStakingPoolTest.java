package io.stakingledger.core.earlystaking;

import io.stakingledger.core.common.ProgramHarness;
import io.stakingledger.core.common.CommandOutcome;
import io.stakingledger.core.common.CommandRejected;
import io.stakingledger.core.common.Decimals;
import io.stakingledger.core.earlystaking.EarlyStakingPoolCreated.StoredParameters;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

import static io.stakingledger.core.earlystaking.EarlyStakingExamples.*;
import static org.assertj.core.api.Assertions.assertThat;

class EarlyStakingPoolTest {

    private FixtureConfiguration<EarlyStakingPool> fixture;

    @BeforeEach
    void setUp() {
        fixture = ProgramHarness.fixture(EarlyStakingPool.class);
    }

    @Nested
    class Creation {

        @Test
        void poolIsCreatedWithItsParameters() {
            fixture.givenNoPriorActivity()
                    .when(new CreateEarlyStakingPool(POOL, defaultParameters(), CREATED, null))
                    .expectEvents(poolCreated());
        }

        @Test
        void parametersWithoutAValidCurveAreRejected() {
            EarlyStakingParameters invalid = EarlyStakingParameters.defaults(START).withSaleShares(new BigDecimal("60000000"));
            fixture.givenNoPriorActivity()
                    .when(new CreateEarlyStakingPool(POOL, invalid, CREATED, null))
                    .expectException(CommandRejected.class)
                    .expectExceptionMessage(org.hamcrest.Matchers.containsString("no EPB curve fits"))
                    .expectNoEvents();
        }
    }

    @Nested
    class Purchases {

        @Test
        void purchaseEarnsDcrAlongTheCurve() {
            fixture.given(poolCreated())
                    .when(new Purchase(POOL, "alice", new BigDecimal("100000"), "USDC", new BigDecimal("50000"), DAY_1, null))
                    .expectEvents(aliceBoughtFirst100k());
        }

        @Test
        void purchasePastTheSaleSupplyIsRejectedNamingWhatRemains() {
            fixture.given(poolCreated(), aliceBoughtFirst100k())
                    .when(new Purchase(POOL, "bob", new BigDecimal("4900001"), null, null, DAY_2, null))
                    .expectException(CommandRejected.class)
                    .expectExceptionMessage(org.hamcrest.Matchers.containsString("only 4900000 KASH remain"))
                    .expectNoEvents();
        }

        @Test
        void nonPositiveAmountIsRejected() {
            fixture.given(poolCreated())
                    .when(new Purchase(POOL, "bob", BigDecimal.ZERO, null, null, DAY_1, null))
                    .expectException(CommandRejected.class)
                    .expectExceptionMessage("amount must be positive, got 0");
        }

        @Test
        void amountWithMoreThanEighteenDecimalsIsRejected() {
            fixture.given(poolCreated())
                    .when(new Purchase(POOL, "bob", new BigDecimal("1.0000000000000000001"), null, null, DAY_1, null))
                    .expectException(CommandRejected.class)
                    .expectExceptionMessage(org.hamcrest.Matchers.containsString("more than 18 decimal places"));
        }
    }

    @Nested
    class Stakes {

        @Test
        void stakeMintsPrincipalSharesAtPriceOne() {
            fixture.given(poolCreated())
                    .when(new Stake(POOL, "bob", new BigDecimal("250"), DAY_1, null))
                    .expectEvents(staked("bob", "250", DAY_1));
        }

        @Test
        void stakeAboveTheCapIsRejectedStatingTheRemainingCapacity() {
            fixture.given(smallCapPoolCreated(), new StakeDeposited(POOL, "bob", bd("900"), bd("900"), DAY_1))
                    .when(new Stake(POOL, "carol", new BigDecimal("101"), DAY_2, null))
                    .expectException(CommandRejected.class)
                    .expectExceptionMessage(org.hamcrest.Matchers.containsString("only 100 remain under the cap of 1000"))
                    .expectNoEvents();
        }

        @Test
        void stakeWhileReservationsAreQueuedIsRejectedSayingToReserve() {
            fixture.given(smallCapPoolCreated(), new StakeReserved(POOL, 1, "dave", bd("50"), DAY_1))
                    .when(new Stake(POOL, "carol", new BigDecimal("10"), DAY_2, null))
                    .expectException(CommandRejected.class)
                    .expectExceptionMessage(org.hamcrest.Matchers.containsString("reserve instead"));
        }

        @Test
        void stakeAfterTheLastEpochIsRejected() {
            EarlyStakingParameters oneEpoch = EarlyStakingParameters.defaults(START).withEpochs(1);
            fixture.given(new EarlyStakingPoolCreated(POOL, StoredParameters.from(oneEpoch), CREATED),
                            new EpochClosed(POOL, 1, EPOCH_1_END, Decimals.ZERO, bd("30000000"), Decimals.ONE, EPOCH_1_END))
                    .when(new Stake(POOL, "carol", new BigDecimal("10"), EPOCH_1_END, null))
                    .expectException(CommandRejected.class)
                    .expectExceptionMessage(org.hamcrest.Matchers.containsString("has ended after 1 epochs"));
        }

        @Test
        void commandEarlierThanTheLastEventIsRejected() {
            fixture.given(poolCreated(), staked("bob", "1", DAY_2))
                    .when(new Stake(POOL, "bob", BigDecimal.ONE, DAY_1, null))
                    .expectException(CommandRejected.class)
                    .expectExceptionMessage(org.hamcrest.Matchers.containsString("must not go backwards"));
        }

        @Test
        void repeatedCommandIdIsNotAppliedAgainAndReturnsTheFirstOutcome() {
            StakeDeposited first = staked("bob", "5", DAY_1);
            fixture.given(poolCreated())
                    .andGivenCommands(new Stake(POOL, "bob", new BigDecimal("5"), DAY_1, "c-1"))
                    .when(new Stake(POOL, "bob", new BigDecimal("5"), DAY_2, "c-1"))
                    .expectNoEvents()
                    .expectResultMessagePayload(new CommandOutcome(POOL, "c-1", java.util.List.of(first), true));
        }
    }

    @Nested
    class DcrExercise {

        @Test
        void stakingEverythingBoughtLetsTheBuyerExerciseAllItsDcr() {
            KashPurchased bought = aliceBoughtFirst100k();
            fixture.given(poolCreated(), bought, staked("alice", "100000", DAY_1))
                    .when(new ExerciseDcr(POOL, "alice", bought.dcrEarned(), null, DAY_2, null))
                    .expectEvents(new DcrExercised(POOL, "alice", bought.dcrEarned(), bought.dcrEarned(), DAY_2));
        }

        @Test
        void exerciseAboveTheLeverageLimitIsRejectedNamingTheMaximum() {
            KashPurchased bought = aliceBoughtFirst100k();
            // half the principal allows half the DCR
            BigDecimal half = Decimals.divideDown(bought.dcrEarned(), BigDecimal.valueOf(2));
            fixture.given(poolCreated(), bought, staked("alice", "50000", DAY_1))
                    .when(new ExerciseDcr(POOL, "alice", half.add(new BigDecimal("0.000001")), null, DAY_2, null))
                    .expectException(CommandRejected.class)
                    .expectExceptionMessage(org.hamcrest.Matchers.containsString(
                            "exceeds the leverage limit: at most " + Decimals.format(half)));
        }

        @Test
        void exerciseAboveTheUnusedDcrIsRejected() {
            KashPurchased bought = aliceBoughtFirst100k();
            fixture.given(poolCreated(), bought, staked("alice", "100000", DAY_1))
                    .when(new ExerciseDcr(POOL, "alice", bought.dcrEarned().add(BigDecimal.ONE), null, DAY_2, null))
                    .expectException(CommandRejected.class)
                    .expectExceptionMessage(org.hamcrest.Matchers.containsString("exceeds the account's unused DCR"));
        }

        @Test
        void depositIsStakedFirstAndRaisesTheLimit() {
            KashPurchased bought = aliceBoughtFirst100k();
            fixture.given(poolCreated(), bought)
                    .when(new ExerciseDcr(POOL, "alice", bought.dcrEarned(), new BigDecimal("100000"), DAY_2, null))
                    .expectEvents(staked("alice", "100000", DAY_2),
                            new DcrExercised(POOL, "alice", bought.dcrEarned(), bought.dcrEarned(), DAY_2));
        }

        @Test
        void accountWithoutPurchaseHasNoDcr() {
            fixture.given(poolCreated(), staked("bob", "10", DAY_1))
                    .when(new ExerciseDcr(POOL, "bob", BigDecimal.ONE, null, DAY_2, null))
                    .expectException(CommandRejected.class)
                    .expectExceptionMessage(org.hamcrest.Matchers.containsString("exceeds the account's unused DCR of 0"));
        }
    }

    @Nested
    class Withdrawals {

        @Test
        void partialWithdrawalBurnsSharesAndRepaysDebtInProportion() {
            fixture.given(poolCreated(), staked("bob", "100", DAY_1),
                            new KashPurchased(POOL, "bob", bd("10"), null, null, bd("0"), bd("10"), bd("9"), bd("80"), DAY_1),
                            new DcrExercised(POOL, "bob", bd("80"), bd("80"), DAY_1))
                    .when(new Withdraw(POOL, "bob", new BigDecimal("25"), DAY_2, null))
                    // withdrawable 100; a quarter of every part goes: leverage 1.8 is kept
                    .expectEvents(new StakeWithdrawn(POOL, "bob", bd("25"), bd("25"), bd("20"), bd("20"), DAY_2));
        }

        @Test
        void withdrawingAllBurnsEverythingAndPaysTheWithdrawableBalance() {
            fixture.given(poolCreated(), staked("bob", "100", DAY_1), staked("carol", "50", DAY_1))
                    .when(new Withdraw(POOL, "bob", null, DAY_2, null))
                    .expectEvents(new StakeWithdrawn(POOL, "bob", bd("100"), bd("100"), bd("0"), bd("0"), DAY_2));
        }

        @Test
        void partialWithdrawalThatWouldLeaveTheAccountUnderwaterTakesEverything() {
            // Price 7; bob holds 1 principal and 1 virtual share against a debt of 1, so 13 is withdrawable.
            // Taking all but 10^-18 would burn both shares (rounded up) and repay 0.999999999999999999 (rounded
            // down), leaving debt with no shares: instead bob exits fully and receives the whole 13.
            fixture.given(poolCreated(), staked("bob", "1", DAY_1), new DcrExercised(POOL, "bob", bd("1"), bd("1"), DAY_1),
                            staked("carol", "1000", DAY_1),
                            new EpochClosed(POOL, 1, EPOCH_1_END, bd("6012"), Decimals.ZERO, bd("7"), EPOCH_1_END))
                    .when(new Withdraw(POOL, "bob", new BigDecimal("12.999999999999999999"), EPOCH_1_END, null))
                    .expectEvents(new StakeWithdrawn(POOL, "bob", bd("13"), bd("1"), bd("1"), bd("1"), EPOCH_1_END));
        }

        @Test
        void withdrawalAboveTheWithdrawableBalanceIsRejected() {
            fixture.given(poolCreated(), staked("bob", "100", DAY_1))
                    .when(new Withdraw(POOL, "bob", new BigDecimal("100.000000000000000001"), DAY_2, null))
                    .expectException(CommandRejected.class)
                    .expectExceptionMessage(org.hamcrest.Matchers.containsString("exceeds the withdrawable balance of 100"));
        }

        @Test
        void withdrawalByAnAccountWithoutSharesIsRejected() {
            fixture.given(poolCreated())
                    .when(new Withdraw(POOL, "nobody", BigDecimal.ONE, DAY_1, null))
                    .expectException(CommandRejected.class)
                    .expectExceptionMessage("account nobody holds no shares in pool kash");
        }

        @Test
        void burnedSharesRoundUpAndRepaidDebtRoundsDown() {
            fixture.given(poolCreated(), staked("bob", "3", DAY_1),
                            new KashPurchased(POOL, "bob", bd("1"), null, null, bd("0"), bd("1"), bd("9"), bd("8"), DAY_1),
                            new DcrExercised(POOL, "bob", bd("1"), bd("1"), DAY_1))
                    // withdrawable 3; rate 1/3: principal 1 (exact), virtual 1/3 rounds up, debt 1/3 rounds down
                    .when(new Withdraw(POOL, "bob", new BigDecimal("1"), DAY_2, null))
                    .expectEvents(new StakeWithdrawn(POOL, "bob", bd("1"), bd("1"),
                            bd("0.333333333333333334"), bd("0.333333333333333333"), DAY_2));
        }
    }

    @Nested
    class Epochs {

        @Test
        void epochCannotCloseBeforeItsScheduledEnd() {
            fixture.given(poolCreated())
                    .when(new CloseEpoch(POOL, EPOCH_1_END.minusSeconds(1), null))
                    .expectException(CommandRejected.class)
                    .expectExceptionMessage(org.hamcrest.Matchers.containsString("epoch 1 ends at 2026-01-12T00:00:00Z"));
        }

        @Test
        void rewardJoinsTheAssetsAndRaisesTheSharePrice() {
            BigDecimal reward = defaultParameters().rewardOf(1);
            fixture.given(poolCreated(), staked("bob", "576923.076923076923076923", DAY_1))
                    .when(new CloseEpoch(POOL, EPOCH_1_END, null))
                    .expectEvents(new EpochClosed(POOL, 1, EPOCH_1_END, reward, Decimals.ZERO, bd("2"), EPOCH_1_END));
        }

        @Test
        void rewardIsCarriedWhenNoSharesExist() {
            BigDecimal reward = defaultParameters().rewardOf(1);
            fixture.given(poolCreated())
                    .when(new CloseEpoch(POOL, EPOCH_1_END, null))
                    .expectEvents(new EpochClosed(POOL, 1, EPOCH_1_END, Decimals.ZERO, reward, Decimals.ONE, EPOCH_1_END));
        }

        @Test
        void carriedRewardIsAddedAtTheNextEpochWithShares() {
            EarlyStakingParameters p = defaultParameters();
            BigDecimal carried = p.rewardOf(1);
            Instant end2 = p.endOf(2);
            fixture.given(poolCreated(), new EpochClosed(POOL, 1, EPOCH_1_END, Decimals.ZERO, carried, Decimals.ONE, EPOCH_1_END),
                            staked("bob", "100", EPOCH_1_END))
                    .when(new CloseEpoch(POOL, end2, null))
                    .expectEvents(new EpochClosed(POOL, 2, end2, carried.add(p.rewardOf(2)), Decimals.ZERO,
                            Decimals.divideDown(bd("100").add(carried).add(p.rewardOf(2)), bd("100")), end2));
        }

        @Test
        void noEpochClosesAfterTheLast() {
            EarlyStakingParameters oneEpoch = EarlyStakingParameters.defaults(START).withEpochs(1);
            fixture.given(new EarlyStakingPoolCreated(POOL, StoredParameters.from(oneEpoch), CREATED),
                            new EpochClosed(POOL, 1, EPOCH_1_END, Decimals.ZERO, bd("30000000"), Decimals.ONE, EPOCH_1_END))
                    .when(new CloseEpoch(POOL, EPOCH_1_END.plusSeconds(60), null))
                    .expectException(CommandRejected.class)
                    .expectExceptionMessage(org.hamcrest.Matchers.containsString("the pool has ended"));
        }
    }

    @Test
    void refundsArePerAssetInThePrincipalConversion() {
        Map<String, BigDecimal> paid = Map.of("USDC", bd("50000"));
        assertThat(new PrincipalConverted(POOL, "alice", bd("1"), bd("1"), paid, DAY_1).refunds()).isEqualTo(paid);
    }
}
