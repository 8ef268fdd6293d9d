package io.stakingledger.app.reports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stakingledger.app.api.LedgerService;
import io.stakingledger.app.api.PointInTime;
import io.stakingledger.app.api.ViewRequest;
import io.stakingledger.app.batch.BatchRunner;
import io.stakingledger.app.support.Batch;
import io.stakingledger.app.support.LedgerAppTest;
import io.stakingledger.core.common.CommandRejected;
import io.stakingledger.projections.reports.RewardsReport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.function.BiFunction;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The period reports on seeded random histories of every program, over random periods: the accounts'
 * rewards and the remainder add up to what the pool distributed, exactly; the remainder is what the pool
 * holds back plus rounding within its bound; each account's slices add up to its rewards, which equal the
 * growth of the reward its position shows; the opening is the point-in-time position; the reconciliation's
 * laws hold at both ends. A failure names its seed: rerun with that seed alone to reproduce it.
 */
@LedgerAppTest
class PeriodReportsProperties {

    private static final long[] SEEDS = {1, 2, 3, 5, 8, 13, 21, 34};
    private static final BigDecimal E18 = new BigDecimal("1e-18");
    private static final BigDecimal E12 = new BigDecimal("1e-12");

    @Autowired
    BatchRunner runner;
    @Autowired
    PeriodReports reports;
    @Autowired
    LedgerService ledger;
    @Autowired
    ObjectMapper mapper;

    @Test
    void earlyStakingRewardsAreWeightedSharesTimesThePriceRiseAndReconcile() {
        forEachSeed("es", (history, pool) -> history.earlyStaking(60), (report, pool) -> {
            assertThat(report.totals().heldByPool()).isZero();
            long slices = report.accounts().stream().mapToLong(line -> line.slices().size()).sum();
            assertThat(report.totals().rounding()).as("rounding of each epoch reward, never negative")
                    .isBetween(BigDecimal.ZERO, E18.multiply(BigDecimal.valueOf(slices)));
            BigDecimal closedInPeriod = ((io.stakingledger.app.earlystaking.EarlyStakingApi.SharePriceHistory) ledger.view(
                    "sharePrices", new ViewRequest(pool, null, null, Map.of()))).sharePrices().stream()
                    .filter(row -> row.closedAt().isAfter(report.from()) && !row.closedAt().isAfter(report.to()))
                    .map(row -> row.rewardAdded()).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(report.totals().distributed()).isEqualByComparingTo(closedInPeriod);
            return null;
        });
    }

    @Test
    void pointsAccruedInThePeriodAreTheGrowthOfEachPositionsPoints() {
        forEachSeed("pb", (history, pool) -> history.pointsBoost(50), (report, pool) -> {
            assertThat(report.totals().remainder()).isZero();
            assertGrowth(report, "pointsAccrued");
            return null;
        });
    }

    @Test
    void governanceFeesEarnedReconcileWithFeesSweptAndTheUndistributedRemainder() {
        forEachSeed("gm", (history, pool) -> history.governanceMining(50), (report, pool) -> {
            BigDecimal bound = E12.multiply(BigDecimal.valueOf(report.accounts().size() + 1));
            assertThat(report.totals().rounding().abs()).as("rounding at the pool's precision").isLessThanOrEqualTo(bound);
            for (RewardsReport.AccountLine line : report.accounts()) {
                assertThat(line.rewards()).isEqualByComparingTo(earned(line.closing()).subtract(earned(line.opening())));
            }
            return null;
        });
    }

    @Test
    void voteEscrowRewardsReceivedReconcileWithEmissionsAndTheCarry() {
        forEachSeed("ve", (history, pool) -> history.voteEscrow(50), (report, pool) -> {
            BigDecimal bound = E18.multiply(BigDecimal.valueOf(report.accounts().size() + 1));
            assertThat(report.totals().rounding().abs()).isLessThanOrEqualTo(bound);
            assertGrowth(report, "rewardsAccrued");
            return null;
        });
    }

    private interface History {
        String write(RandomHistories history, String pool);
    }

    private void forEachSeed(String program, History write, BiFunction<RewardsReport, String, Void> programChecks) {
        for (long seed : SEEDS) {
            String pool = Batch.uniquePool(program + "-" + seed);
            RandomHistories history = new RandomHistories(seed, pool);
            try {
                runner.run(write.write(history, pool));
                for (int period = 0; period < 3; period++) {
                    Instant a = history.instantWithin();
                    Instant b = history.instantWithin();
                    if (a.equals(b)) {
                        continue;
                    }
                    Instant from = a.isBefore(b) ? a : b;
                    Instant to = a.isBefore(b) ? b : a;
                    RewardsReport report;
                    try {
                        report = reports.rewards(pool, new PeriodReports.Period(from, to), null);
                    } catch (CommandRejected notYet) {
                        continue;
                    }
                    checkTotals(report);
                    checkOpening(report, pool);
                    programChecks.apply(report, pool);
                    checkReconciliation(pool, from, to);
                }
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError(program + " history with seed " + seed + " (pool " + pool + "): " + e.getMessage(), e);
            }
        }
    }

    private static void checkTotals(RewardsReport report) {
        RewardsReport.Totals totals = report.totals();
        BigDecimal accounts = report.accounts().stream().map(RewardsReport.AccountLine::rewards)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(totals.reconciles()).isTrue();
        assertThat(accounts).isEqualByComparingTo(totals.accounts());
        assertThat(accounts.add(totals.remainder())).isEqualByComparingTo(totals.distributed());
        assertThat(totals.heldByPool().add(totals.rounding())).isEqualByComparingTo(totals.remainder());
        for (RewardsReport.AccountLine line : report.accounts()) {
            BigDecimal slices = line.slices().stream().map(RewardsReport.Slice::rewards).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(slices).as("slices of %s", line.account()).isEqualByComparingTo(line.rewards());
        }
        BigDecimal credited = report.slices().stream().map(RewardsReport.PoolSlice::credited).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(credited).as("pool slices credit what the accounts earned").isEqualByComparingTo(totals.accounts());
    }

    /** The opening of an account is its point-in-time position as of {@code from}, field for field. */
    private void checkOpening(RewardsReport report, String pool) {
        for (RewardsReport.AccountLine line : report.accounts()) {
            if (line.opening() == null) {
                continue;
            }
            Object asOf = ledger.view("position", new ViewRequest(pool, line.account(), null, Map.of()),
                    new PointInTime(report.from(), null));
            assertThat(mapper.valueToTree(line.opening()).toString()).isEqualTo(mapper.valueToTree(asOf).toString());
            return;
        }
    }

    private void checkReconciliation(String pool, Instant from, Instant to) {
        ReconciliationReport reconciliation = reports.reconciliation(pool, new PeriodReports.Period(from, to));
        assertThat(reconciliation.lawsOk()).as("conservation laws at both ends").isTrue();
        assertThat(reconciliation.chainOk()).isTrue();
        assertThat(reconciliation.headAtTo().hash()).hasSize(64);
        for (ReconciliationReport.Total total : reconciliation.totals()) {
            if (total.atFrom() != null) {
                assertThat(total.atTo().subtract(total.atFrom())).isEqualByComparingTo(total.change());
            }
        }
    }

    private void assertGrowth(RewardsReport report, String field) {
        for (RewardsReport.AccountLine line : report.accounts()) {
            BigDecimal closing = decimal(line.closing(), field);
            BigDecimal opening = decimal(line.opening(), field);
            assertThat(line.rewards()).as("%s of %s", field, line.account()).isEqualByComparingTo(closing.subtract(opening));
        }
    }

    private BigDecimal earned(Object position) {
        return decimal(position, "rewardsPaid").add(decimal(position, "rewardsBurned")).add(decimal(position, "rewardAccrued"));
    }

    private BigDecimal decimal(Object position, String field) {
        if (position == null) {
            return BigDecimal.ZERO;
        }
        JsonNode value = mapper.valueToTree(position).get(field);
        return value == null || value.isNull() ? BigDecimal.ZERO : new BigDecimal(value.asText());
    }
}
