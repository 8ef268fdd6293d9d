package io.stakingledger.app.bench;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stakingledger.core.common.Decimals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * Small seeded histories of the other three programs, one pool each, with their batch command names:
 * points-boost (SetPrice, SetBasePoints, Stake, Unstake), governance-mining (RequestStake, SweepFees,
 * IncludePending, Unstake, Claim) and vote-escrow (SetPrice, Lock, Vote, RecordPoolFees,
 * DistributeRewards). Amounts are sized from a small mirror of each account (staked, included,
 * vKSP, votes) so the commands are valid.
 */
public final class OtherProgramsHistory {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
    private static final String[] TERMS = {"4M", "8M", "12M", "12M+"};
    private static final int[] MULTIPLIERS = {1, 2, 4, 8};
    private static final String[] TARGETS = {"KSP-KUSDT", "KSP-ETH", "KSP-USDC", "KSP-KLAY"};

    private final SplittableRandom random;
    private final int accounts;
    private final long commandsPerPool;
    private Consumer<ObjectNode> out;
    private long written;

    public OtherProgramsHistory(long seed, int accounts, long commandsPerPool) {
        this.random = new SplittableRandom(seed);
        this.accounts = Math.max(4, accounts);
        this.commandsPerPool = Math.max(50, commandsPerPool);
    }

    public long written() {
        return written;
    }

    public void generate(String prefix, Consumer<ObjectNode> sink) {
        this.out = sink;
        pointsBoost(prefix + "-points");
        governanceMining(prefix + "-kdx");
        voteEscrow(prefix + "-ksp");
    }

    private void pointsBoost(String pool) {
        Instant now = START;
        emit(create(pool, "points-boost", now));
        ObjectNode price = line("SetPrice", pool, now);
        price.put("price", "0.2");
        emit(price);
        BigDecimal[] staked = new BigDecimal[accounts];
        int introduced = 0;
        for (long i = 0; i < commandsPerPool; i++) {
            now = now.plus(Duration.ofMinutes(30));
            int dice = random.nextInt(100);
            if (dice < 2) {
                ObjectNode l = line("SetPrice", pool, now);
                l.put("price", Decimals.format(amount(1000, 5000, 4)));
                emit(l);
            } else if (introduced < accounts && (introduced == 0 || dice < 20)) {
                String account = account(introduced);
                staked[introduced++] = BigDecimal.ZERO;
                ObjectNode l = line("SetBasePoints", pool, now);
                l.put("account", account);
                l.put("pointsPerDay", Decimals.format(amount(1000, 2000000, 0)));
                emit(l);
            } else {
                int index = random.nextInt(introduced);
                boolean unstake = staked[index].signum() > 0 && dice < 45;
                ObjectNode l = line(unstake ? "Unstake" : "Stake", pool, now);
                l.put("account", account(index));
                BigDecimal amount = unstake ? part(staked[index]) : amount(100000, 50000000, 6);
                if (amount.signum() <= 0) {
                    continue;
                }
                l.put("amount", Decimals.format(amount));
                staked[index] = unstake ? staked[index].subtract(amount) : staked[index].add(amount);
                emit(l);
            }
        }
    }

    private void governanceMining(String pool) {
        Instant now = START;
        emit(create(pool, "governance-mining", now));
        BigDecimal[] pending = new BigDecimal[accounts];
        BigDecimal[] included = new BigDecimal[accounts];
        Instant[] claimFrom = new Instant[accounts];
        Instant lastSweep = null;
        boolean anyPending = false;
        BigDecimal totalIncluded = BigDecimal.ZERO;
        int introduced = 0;
        Instant nextDay = now.plus(Duration.ofDays(1));
        for (long i = 0; i < commandsPerPool; i++) {
            now = now.plus(Duration.ofMinutes(30));
            if (!now.isBefore(nextDay)) {
                nextDay = nextDay.plus(Duration.ofDays(1));
                ObjectNode sweep = line("SweepFees", pool, now);
                sweep.put("amount", Decimals.format(amount(5000, 50000, 3)));
                emit(sweep);
                if (totalIncluded.signum() > 0) {
                    lastSweep = now;
                }
                if (anyPending) {
                    emit(line("IncludePending", pool, now));
                    for (int a = 0; a < introduced; a++) {
                        if (pending[a].signum() > 0) {
                            included[a] = included[a].add(pending[a]);
                            totalIncluded = totalIncluded.add(pending[a]);
                            pending[a] = BigDecimal.ZERO;
                            if (claimFrom[a] == null) {
                                claimFrom[a] = now;
                            }
                        }
                    }
                    anyPending = false;
                }
                i++;
                continue;
            }
            int dice = random.nextInt(100);
            if (introduced < accounts && (introduced == 0 || dice < 15)) {
                pending[introduced] = BigDecimal.ZERO;
                included[introduced] = BigDecimal.ZERO;
                introduced++;
                dice = 0;
            }
            int index = dice == 0 ? introduced - 1 : random.nextInt(introduced);
            String account = account(index);
            if (dice < 45) {
                BigDecimal amount = amount(10000, 1000000, 6);
                ObjectNode l = line("RequestStake", pool, now);
                l.put("account", account);
                l.put("amount", Decimals.format(amount));
                pending[index] = pending[index].add(amount);
                anyPending = true;
                emit(l);
            } else if (dice < 75 && included[index].signum() > 0) {
                BigDecimal amount = part(included[index]);
                if (amount.signum() <= 0) {
                    continue;
                }
                ObjectNode l = line("Unstake", pool, now);
                l.put("account", account);
                l.put("amount", Decimals.format(amount));
                included[index] = included[index].subtract(amount);
                totalIncluded = totalIncluded.subtract(amount);
                emit(l);
            } else if (claimFrom[index] != null && lastSweep != null && lastSweep.isAfter(claimFrom[index])
                    && !now.isBefore(claimFrom[index].plus(Duration.ofDays(7)))) {
                ObjectNode l = line("Claim", pool, now);
                l.put("account", account);
                claimFrom[index] = now;
                emit(l);
            }
        }
    }

    private void voteEscrow(String pool) {
        Instant now = START;
        emit(create(pool, "vote-escrow", now));
        ObjectNode price = line("SetPrice", pool, now);
        price.put("price", "5.39");
        emit(price);
        BigDecimal[] locked = new BigDecimal[accounts];
        int[] term = new int[accounts];
        BigDecimal[] votes = new BigDecimal[accounts];
        int introduced = 0;
        Instant nextDay = now.plus(Duration.ofDays(1));
        for (long i = 0; i < commandsPerPool; i++) {
            now = now.plus(Duration.ofMinutes(30));
            if (!now.isBefore(nextDay)) {
                nextDay = nextDay.plus(Duration.ofDays(1));
                emit(line("DistributeRewards", pool, now));
                continue;
            }
            int dice = random.nextInt(100);
            if (dice < 3) {
                ObjectNode l = line("SetPrice", pool, now);
                l.put("price", Decimals.format(amount(30000, 80000, 4)));
                emit(l);
            } else if (dice < 10) {
                ObjectNode l = line("RecordPoolFees", pool, now);
                l.put("target", TARGETS[random.nextInt(TARGETS.length)]);
                l.put("fees", Decimals.format(amount(1000000, 500000000, 2)));
                emit(l);
            } else if (introduced < accounts && (introduced == 0 || dice < 40)) {
                int index = introduced++;
                term[index] = random.nextInt(TERMS.length);
                locked[index] = amount(10000, 10000000, 6);
                votes[index] = BigDecimal.ZERO;
                emit(lock(pool, now, index, locked[index], term[index]));
            } else {
                int index = random.nextInt(introduced);
                BigDecimal vKsp = locked[index].multiply(BigDecimal.valueOf(MULTIPLIERS[term[index]]));
                BigDecimal available = vKsp.subtract(votes[index]);
                if (dice < 60) {
                    BigDecimal more = amount(10000, 1000000, 6);
                    locked[index] = locked[index].add(more);
                    emit(lock(pool, now, index, more, term[index]));
                } else {
                    BigDecimal amount = part(available);
                    if (amount.signum() <= 0) {
                        continue;
                    }
                    ObjectNode l = line("Vote", pool, now);
                    l.put("account", account(index));
                    l.put("target", TARGETS[random.nextInt(TARGETS.length)]);
                    l.put("amount", Decimals.format(amount));
                    votes[index] = votes[index].add(amount);
                    emit(l);
                }
            }
        }
    }

    private ObjectNode lock(String pool, Instant now, int index, BigDecimal amount, int term) {
        ObjectNode l = line("Lock", pool, now);
        l.put("account", account(index));
        l.put("amount", Decimals.format(amount));
        l.put("term", TERMS[term]);
        return l;
    }

    private static String account(int index) {
        return String.format("user-%05d", index);
    }

    /** A random decimal in [lo, hi] units of 10^-scale. */
    private BigDecimal amount(long lo, long hi, int scale) {
        return BigDecimal.valueOf(lo + random.nextLong(hi - lo + 1), scale);
    }

    /** 10% to 50% of {@code value}, rounded down to 6 decimals. */
    private BigDecimal part(BigDecimal value) {
        int percent = 10 + random.nextInt(41);
        return value.multiply(BigDecimal.valueOf(percent)).movePointLeft(2).setScale(6, RoundingMode.DOWN);
    }

    private static ObjectNode create(String pool, String program, Instant at) {
        ObjectNode l = line("CreatePool", pool, at);
        l.put("program", program);
        return l;
    }

    private static ObjectNode line(String type, String pool, Instant at) {
        ObjectNode l = JSON.objectNode();
        l.put("type", type);
        l.put("pool", pool);
        l.put("at", at.toString());
        return l;
    }

    private void emit(ObjectNode line) {
        out.accept(line);
        written++;
    }
}
