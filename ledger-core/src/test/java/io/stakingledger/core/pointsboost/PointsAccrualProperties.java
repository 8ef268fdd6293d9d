package io.stakingledger.core.pointsboost;

import io.stakingledger.core.common.SeededCases;
import io.stakingledger.core.common.SeededCases.Draw;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static io.stakingledger.core.pointsboost.PointsBoostExamples.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * pointsAccrued, computed in closed form, equals a fine-grained midpoint sum of the daily rates over a
 * random history of stakes, unstakes, base-point and price changes. The midpoint rule is exact on the
 * linear and flat stretches of the rate; its only error is where the multiplier reaches its cap inside a
 * sample step, at most covered × multiplierPerDay × step² / 8 points, which is the tolerance (plus 10⁻⁹
 * for the 18-decimal roundings).
 */
class PointsAccrualProperties {

    private static final int SAMPLES_PER_GAP = 400;
    private static final MathContext MC = MathContext.DECIMAL128;

    record Step(long gapSeconds, int kind, BigDecimal amount, BigDecimal fraction) {
    }

    record History(PointsBoostParameters parameters, List<Step> steps, long finalGapSeconds) {
    }

    private static History history(Draw random) {
        PointsBoostParameters parameters = PointsBoostParameters.defaults()
                .withBaseBoost(new BigDecimal(random.oneOf("0.3", "0")))
                .withMultiplierPerDay(new BigDecimal(random.oneOf("0.005", "0.05", "0.25")))
                .withMaxMultiplier(new BigDecimal(random.oneOf("2.7", "0.5")));
        List<Step> steps = random.listOf(1, 8, () -> new Step(
                random.longBetween(0, 120L * 86_400),
                random.intBetween(0, 3),
                random.decimalBetween(new BigDecimal("0.000001"), new BigDecimal("1000000"), 6),
                random.decimalBetween(new BigDecimal("0.01"), BigDecimal.ONE, 4)));
        return new History(parameters, steps, random.longBetween(1, 200L * 86_400));
    }

    @Test
    void pointsAccruedEqualsAFineSumOfTheDailyRates() {
        SeededCases.check(150, random -> accruedMatchesTheFineSum(history(random)));
    }

    private static void accruedMatchesTheFineSum(History history) {
        List<Object> events = run(history);

        PointsBoostState state = new PointsBoostState();
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal tolerance = new BigDecimal("1e-9");
        Instant end = ((io.stakingledger.core.common.PoolEvent) events.get(events.size() - 1)).at()
                .plusSeconds(history.finalGapSeconds());
        for (int i = 0; i < events.size(); i++) {
            state.evolve(events.get(i));
            Instant from = state.lastAt();
            Instant to = i + 1 < events.size() ? ((io.stakingledger.core.common.PoolEvent) events.get(i + 1)).at() : end;
            if (from.equals(to) || state.findAccount(ALICE).isEmpty()) {
                continue;
            }
            long gapNanos = java.time.Duration.between(from, to).toNanos();
            BigDecimal stepDays = BigDecimal.valueOf(gapNanos).divide(BigDecimal.valueOf(SAMPLES_PER_GAP * 86_400_000_000_000L), MC);
            for (int j = 0; j < SAMPLES_PER_GAP; j++) {
                // Exact in BigInteger: the product overflows a long for gaps of months.
                long offset = java.math.BigInteger.valueOf(gapNanos).multiply(java.math.BigInteger.valueOf(2L * j + 1))
                        .divide(java.math.BigInteger.valueOf(2L * SAMPLES_PER_GAP)).longValueExact();
                Instant mid = from.plusNanos(offset);
                PointsPosition p = state.positionAt(ALICE, mid).orElseThrow();
                sum = sum.add(p.boostedPointsPerDay().add(p.stakingPointsPerDay()).multiply(stepDays, MC), MC);
            }
            BigDecimal covered = PointsAccrual.coveredPointsPerDay(state.parameters(), state.findAccount(ALICE).orElseThrow());
            tolerance = tolerance.add(covered.multiply(state.parameters().multiplierPerDay())
                    .multiply(stepDays.pow(2)).divide(BigDecimal.valueOf(8), MC));
        }

        BigDecimal accrued = state.positionAt(ALICE, end).orElseThrow().pointsAccrued();
        assertThat(accrued.subtract(sum).abs()).as("accrued %s vs sum %s over %s", accrued, sum, history).isLessThanOrEqualTo(tolerance);
    }

    /** Turns the random steps into valid commands for alice (and bob, to show accounts do not interfere). */
    private static List<Object> run(History history) {
        List<Object> commands = new ArrayList<>();
        commands.add(new SetBasePoints(POOL, ALICE, new BigDecimal("500000"), LAUNCH, null));
        commands.add(new Stake(POOL, BOB, new BigDecimal("1000"), LAUNCH, null));
        Instant at = LAUNCH;
        BigDecimal staked = BigDecimal.ZERO;
        for (Step step : history.steps()) {
            at = at.plusSeconds(step.gapSeconds());
            switch (step.kind()) {
                case 0 -> {
                    commands.add(new Stake(POOL, ALICE, step.amount(), at, null));
                    staked = staked.add(step.amount());
                }
                case 1 -> {
                    if (staked.signum() == 0) {
                        commands.add(new Stake(POOL, ALICE, step.amount(), at, null));
                        staked = staked.add(step.amount());
                    } else {
                        BigDecimal amount = staked.multiply(step.fraction()).setScale(6, RoundingMode.DOWN).max(new BigDecimal("0.000001")).min(staked);
                        commands.add(new Unstake(POOL, ALICE, amount, at, null));
                        staked = staked.subtract(amount);
                    }
                }
                case 2 -> commands.add(new SetBasePoints(POOL, ALICE, step.amount().multiply(BigDecimal.valueOf(2)), at, null));
                default -> commands.add(new SetPrice(POOL, step.fraction().multiply(BigDecimal.TEN), at, null));
            }
        }
        return PointsBoostExamples.eventsOf(new CreatePointsBoostPool(POOL, history.parameters(), LAUNCH, null),
                commands.toArray());
    }
}
