package io.stakingledger.core.earlystaking;

import io.stakingledger.core.common.Decimals;
import io.stakingledger.core.common.ProgramHarness;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static io.stakingledger.core.earlystaking.EarlyStakingExamples.POOL;
import static org.assertj.core.api.Assertions.assertThat;

/** docs/domain/early-staking.md, "Guaranteed minimum reward". */
class GuaranteedMinimumTest {

    private static final Instant CREATED = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void atLaunchOneWeightedShareIsGuaranteedTwoKash() {
        ProgramHarness<EarlyStakingState> pool = ProgramHarness.axon(EarlyStakingDefinition.INSTANCE,
                EarlyStakingPool.class, new CreateEarlyStakingPool(POOL, EarlyStakingParameters.defaults(CREATED), CREATED, null));
        pool.attempt(new Stake(POOL, "x", BigDecimal.ONE, CREATED, null));
        EarlyStakingAccount x = pool.state().findAccount("x").orElseThrow();
        assertThat(Valuation.guaranteedMinimumPerShare(pool.state())).isEqualByComparingTo("1");
        assertThat(Valuation.guaranteedMinimumValue(pool.state(), x).value()).isEqualByComparingTo("2");
    }

    @Test
    void initialBuyerWhoStakesEverythingAndExercisesAllDcrEndsWithAtLeastTheGuaranteedMinimum() {
        EarlyStakingParameters p = EarlyStakingParameters.defaults(CREATED);
        ProgramHarness<EarlyStakingState> pool = ProgramHarness.axon(EarlyStakingDefinition.INSTANCE,
                EarlyStakingPool.class, new CreateEarlyStakingPool(POOL, p, CREATED, null));
        List<Object> purchase = pool.attempt(new Purchase(POOL, "first", new BigDecimal("100000"), "USDC",
                new BigDecimal("50000"), CREATED, null));
        BigDecimal dcr = ((KashPurchased) purchase.get(0)).dcrEarned();
        assertThat(pool.attempt(new ExerciseDcr(POOL, "first", dcr, new BigDecimal("100000"), CREATED, null))).hasSize(2);
        // Others crowd in later and fill the pool, diluting the buyer's share of every reward.
        pool.attempt(new Stake(POOL, "crowd", new BigDecimal("20000000"), CREATED, null));
        EarlyStakingAccount first = pool.state().findAccount("first").orElseThrow();
        BigDecimal guaranteed = Valuation.guaranteedMinimumValue(pool.state(), first).value();
        assertThat(guaranteed).isGreaterThan(new BigDecimal("100000").add(dcr).subtract(BigDecimal.ONE));

        for (int e = 1; e <= p.epochs(); e++) {
            pool.attempt(new CloseEpoch(POOL, p.endOf(e), null));
        }
        assertThat(pool.state().ended()).isTrue();
        BigDecimal finalValue = Valuation.withdrawable(pool.state(), first).value();
        assertThat(finalValue).isGreaterThanOrEqualTo(guaranteed);
        assertThat(Valuation.guaranteedMinimumValue(pool.state(), first).value()).as("nothing remains to be guaranteed at the end")
                .isEqualByComparingTo(finalValue);
        assertThat(Decimals.ZERO).isEqualByComparingTo(Valuation.guaranteedMinimumPerShare(pool.state()));
    }
}
