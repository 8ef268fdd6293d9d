package io.stakingledger.app.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Small seeded histories of one pool per program in the batch format, for the report properties. Amounts
 * carry 18-digit fractions so that every split rounds; some commands are refused by the ledger (a stake
 * withdrawn twice, a claim in its cooldown), which the properties ignore. Business time moves forward by
 * random steps of up to {@code maxStep}, crossing many UTC days.
 */
final class RandomHistories {

    static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    private final Random random;
    private final String pool;
    private final List<String> lines = new ArrayList<>();
    private Instant clock = START;

    RandomHistories(long seed, String pool) {
        this.random = new Random(seed);
        this.pool = pool;
    }

    /** The business time of the last line written. */
    Instant end() {
        return clock;
    }

    String earlyStaking(int commands) {
        line("{\"type\":\"CreatePool\",\"pool\":\"%s\",\"program\":\"early-staking\",\"params\":{\"start\":\"%s\","
                + "\"epochLength\":\"P1D\",\"epochs\":12,\"totalReward\":\"1000000\"},\"at\":\"%s\"}", pool, START, START);
        int epoch = 0;
        for (int i = 0; i < commands; i++) {
            String account = account();
            int pick = random.nextInt(10);
            step(Duration.ofHours(6));
            if (pick < 2) {
                line("{\"type\":\"Purchase\",\"pool\":\"%s\",\"account\":\"%s\",\"amount\":\"%s\",\"paidAsset\":\"USDC\","
                        + "\"paidAmount\":\"%s\",\"at\":\"%s\"}", pool, account, amount(1000), amount(500), clock);
            } else if (pick < 6) {
                line("{\"type\":\"Stake\",\"pool\":\"%s\",\"account\":\"%s\",\"amount\":\"%s\",\"at\":\"%s\"}", pool, account,
                        amount(5000), clock);
            } else if (pick < 8) {
                line("{\"type\":\"Withdraw\",\"pool\":\"%s\",\"account\":\"%s\",\"amount\":\"%s\",\"at\":\"%s\"}", pool, account,
                        random.nextInt(4) == 0 ? "all" : amount(300), clock);
            } else if (epoch < 12) {
                epoch++;
                Instant end = START.plus(Duration.ofDays(epoch));
                if (end.isAfter(clock)) {
                    clock = end;
                }
                line("{\"type\":\"CloseEpoch\",\"pool\":\"%s\",\"at\":\"%s\"}", pool, clock);
            }
        }
        return text();
    }

    String pointsBoost(int commands) {
        line("{\"type\":\"CreatePool\",\"pool\":\"%s\",\"program\":\"points-boost\",\"at\":\"%s\"}", pool, START);
        line("{\"type\":\"SetPrice\",\"pool\":\"%s\",\"price\":\"0.2\",\"at\":\"%s\"}", pool, START);
        for (int i = 0; i < commands; i++) {
            String account = account();
            int pick = random.nextInt(10);
            step(Duration.ofHours(20));
            if (pick < 4) {
                line("{\"type\":\"Stake\",\"pool\":\"%s\",\"account\":\"%s\",\"amount\":\"%s\",\"at\":\"%s\"}", pool, account,
                        amount(50_000), clock);
            } else if (pick < 6) {
                line("{\"type\":\"Unstake\",\"pool\":\"%s\",\"account\":\"%s\",\"amount\":\"%s\",\"at\":\"%s\"}", pool, account,
                        amount(5_000), clock);
            } else if (pick < 8) {
                line("{\"type\":\"SetBasePoints\",\"pool\":\"%s\",\"account\":\"%s\",\"pointsPerDay\":\"%s\",\"at\":\"%s\"}",
                        pool, account, amount(100_000), clock);
            } else {
                line("{\"type\":\"SetPrice\",\"pool\":\"%s\",\"price\":\"%s\",\"at\":\"%s\"}", pool, amount(1), clock);
            }
        }
        return text();
    }

    String governanceMining(int commands) {
        line("{\"type\":\"CreatePool\",\"pool\":\"%s\",\"program\":\"governance-mining\",\"at\":\"%s\"}", pool, START);
        for (int i = 0; i < commands; i++) {
            String account = account();
            int pick = random.nextInt(12);
            step(Duration.ofHours(30));
            if (pick < 3) {
                line("{\"type\":\"RequestStake\",\"pool\":\"%s\",\"account\":\"%s\",\"amount\":\"%s\",\"at\":\"%s\"}", pool,
                        account, amount(3_000).setScale(12, RoundingMode.DOWN).toPlainString(), clock);
            } else if (pick < 5) {
                line("{\"type\":\"IncludePending\",\"pool\":\"%s\",\"at\":\"%s\"}", pool, clock);
            } else if (pick < 8) {
                line("{\"type\":\"SweepFees\",\"pool\":\"%s\",\"amount\":\"%s\",\"at\":\"%s\"}", pool,
                        amount(100).setScale(12, RoundingMode.DOWN).toPlainString(), clock);
            } else if (pick < 10) {
                line("{\"type\":\"Claim\",\"pool\":\"%s\",\"account\":\"%s\",\"at\":\"%s\"}", pool, account, clock);
            } else {
                line("{\"type\":\"Unstake\",\"pool\":\"%s\",\"account\":\"%s\",\"amount\":\"%s\",\"at\":\"%s\"}", pool, account,
                        amount(500).setScale(12, RoundingMode.DOWN).toPlainString(), clock);
            }
        }
        return text();
    }

    String voteEscrow(int commands) {
        line("{\"type\":\"CreatePool\",\"pool\":\"%s\",\"program\":\"vote-escrow\",\"at\":\"%s\"}", pool, START);
        String[] terms = {"4M", "8M", "12M", "12M+"};
        for (int i = 0; i < commands; i++) {
            String account = account();
            int pick = random.nextInt(10);
            step(Duration.ofHours(16));
            if (pick < 4) {
                line("{\"type\":\"Lock\",\"pool\":\"%s\",\"account\":\"%s\",\"amount\":\"%s\",\"term\":\"%s\",\"at\":\"%s\"}",
                        pool, account, amount(10_000), terms[random.nextInt(terms.length)], clock);
            } else if (pick < 9) {
                line("{\"type\":\"DistributeRewards\",\"pool\":\"%s\"%s,\"at\":\"%s\"}", pool,
                        random.nextBoolean() ? "" : ",\"amount\":\"" + amount(1_000) + "\"", clock);
            } else {
                line("{\"type\":\"SetPrice\",\"pool\":\"%s\",\"price\":\"%s\",\"at\":\"%s\"}", pool, amount(10), clock);
            }
        }
        return text();
    }

    /** A random instant in [START, end of the history + a day], whole seconds. */
    Instant instantWithin() {
        long span = Duration.between(START, clock).getSeconds() + 86_400;
        return START.plusSeconds((long) (random.nextDouble() * span));
    }

    Random random() {
        return random;
    }

    private String account() {
        return "acct-" + random.nextInt(6);
    }

    /** A positive amount below {@code max} with 18 random fractional digits. */
    private BigDecimal amount(int max) {
        BigDecimal whole = BigDecimal.valueOf(1 + random.nextInt(max));
        BigDecimal fraction = new BigDecimal(String.format("0.%018d", Math.floorMod(random.nextLong(), 1_000_000_000_000_000_000L)));
        return whole.add(fraction);
    }

    private void step(Duration max) {
        clock = clock.plusSeconds(1 + (long) (random.nextDouble() * max.getSeconds()));
    }

    private void line(String format, Object... arguments) {
        lines.add(String.format(format, arguments));
    }

    private String text() {
        return String.join("\n", lines) + "\n";
    }
}
