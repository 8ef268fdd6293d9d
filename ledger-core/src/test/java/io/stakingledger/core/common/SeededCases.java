package io.stakingledger.core.common;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Runs a property over seeded random cases with plain JUnit: each case gets its own
 * {@link SplittableRandom}, built from a seed that is printed when the case fails.
 *
 * <p>The case seeds of a property come from a base seed derived from the property's name (test class and
 * method), so every build checks the same cases. To replay one failing case, pass its seed:
 * <pre>
 * mvn -B test -pl ledger-core -Dtest='EarlyStakingProperties#invariantsHoldAfterEveryCommand' -Dledger.property.seed=N
 * </pre>
 * With {@value #SEED_PROPERTY} set, each property runs that single case and skips its coverage checks
 * (which judge a whole run, not one case).
 */
public final class SeededCases {

    /** System property holding the one case seed to replay. */
    public static final String SEED_PROPERTY = "ledger.property.seed";

    private SeededCases() {
    }

    /** What a property checks on one case, drawing its inputs from {@code random}. */
    @FunctionalInterface
    public interface Case {
        void check(Draw random) throws Exception;
    }

    /**
     * Runs {@code property} on {@code cases} seeded cases (or on the replayed seed alone). The first failing
     * case stops the run with an {@link AssertionError} naming the property, the case and its seed.
     */
    public static Run check(int cases, Case property) {
        String name = callerName();
        Run run = new Run(replaySeed() != null);
        if (run.replay) {
            runCase(name, property, run, "the replayed case", replaySeed());
            return run;
        }
        SplittableRandom seeds = new SplittableRandom(baseSeed(name));
        for (int i = 0; i < cases; i++) {
            runCase(name, property, run, "case " + (i + 1) + " of " + cases, seeds.nextLong());
        }
        return run;
    }

    /**
     * Runs {@code property} on fixed seeds: cases that once failed, kept as regressions. A seed stands for the
     * same history only while the property draws its inputs in the same way; a test that changes the drawing
     * should replace these seeds by explicit examples.
     */
    public static void checkSeeds(Case property, long... seeds) {
        String name = callerName();
        Run run = new Run(true);
        for (long seed : seeds) {
            runCase(name, property, run, "fixed seed", seed);
        }
    }

    private static void runCase(String name, Case property, Run run, String which, long seed) {
        try {
            property.check(new Draw(seed, run));
            run.cases++;
        } catch (AssertionError | Exception failure) {
            throw new AssertionError(String.format("%s failed on %s, seed %d (replay: -Dtest='%s' -D%s=%d): %s",
                    name, which, seed, name, SEED_PROPERTY, seed, failure), failure);
        }
    }

    /** The test method that called {@link #check} or {@link #checkSeeds}, as Class#method. */
    private static String callerName() {
        StackWalker.StackFrame caller = StackWalker.getInstance().walk(frames -> frames.skip(2).findFirst()).orElseThrow();
        return simpleName(caller.getClassName()) + "#" + caller.getMethodName();
    }

    private static Long replaySeed() {
        String value = System.getProperty(SEED_PROPERTY);
        return value == null || value.isBlank() ? null : Long.valueOf(value.trim());
    }

    /** Stable across JVMs and runs: {@link String#hashCode} is specified. */
    private static long baseSeed(String name) {
        return name.hashCode() * 0x9E3779B97F4A7C15L;
    }

    private static String simpleName(String className) {
        return className.substring(className.lastIndexOf('.') + 1);
    }

    /** The cases a property ran, and how often each label was counted, to check that a run reaches its rules. */
    public static final class Run {
        private final boolean replay;
        private final Map<String, Integer> counts = new TreeMap<>();
        private int cases;

        private Run(boolean replay) {
            this.replay = replay;
        }

        /** Requires {@code label} in more than {@code percent} % of the cases (skipped on replay). */
        public Run expectShare(String label, double percent) {
            double share = 100.0 * counts.getOrDefault(label, 0) / cases;
            if (!replay && share <= percent) {
                throw new AssertionError(String.format("coverage: '%s' in %.1f %% of %d cases, expected more than %s %% "
                        + "(counts %s)", label, share, cases, percent, counts));
            }
            return this;
        }

        /** Requires {@code label} to have been counted at least once over the run (skipped on replay). */
        public Run expectSeen(String label) {
            if (!replay && !counts.containsKey(label)) {
                throw new AssertionError(String.format("coverage: '%s' never counted in %d cases (counts %s)",
                        label, cases, counts));
            }
            return this;
        }
    }

    /**
     * The random source of one case. Bounds are inclusive. One number in eight is an edge: a bound or one
     * step (one unit of the last digit) inside it, as whole balances and all-but-dust amounts are where
     * rounding goes wrong.
     */
    public static final class Draw {
        private final SplittableRandom random;
        private final Run run;

        private Draw(long seed, Run run) {
            this.random = new SplittableRandom(seed);
            this.run = run;
        }

        /** Counts {@code label} once for this run's coverage checks. */
        public void count(String label) {
            run.counts.merge(label, 1, Integer::sum);
        }

        /** Counts {@code label} when {@code condition} holds. */
        public void countIf(boolean condition, String label) {
            if (condition) {
                count(label);
            }
        }

        public boolean bool() {
            return random.nextBoolean();
        }

        /** Uniform in [0, n), without edge bias: for picking a kind of step. */
        public int index(int n) {
            return random.nextInt(n);
        }

        public <T> T oneOf(List<T> values) {
            return values.get(index(values.size()));
        }

        @SafeVarargs
        public final <T> T oneOf(T... values) {
            return values[index(values.length)];
        }

        /** One of {@code values}, each as often as its weight. */
        public <T> T weighted(int[] weights, List<T> values) {
            int total = 0;
            for (int w : weights) {
                total += w;
            }
            int ticket = random.nextInt(total);
            for (int i = 0; i < weights.length; i++) {
                ticket -= weights[i];
                if (ticket < 0) {
                    return values.get(i);
                }
            }
            throw new IllegalStateException("unreachable");
        }

        public int intBetween(int min, int max) {
            return (int) longBetween(min, max);
        }

        public long longBetween(long min, long max) {
            return switch (random.nextInt(32)) {
                case 0 -> min;
                case 1 -> Math.min(min + 1, max);
                case 2 -> Math.max(max - 1, min);
                case 3 -> max;
                default -> random.nextLong(min, max + 1);
            };
        }

        /**
         * A decimal of exactly {@code scale} digits in [min, max]. Apart from the edges, half the draws are
         * uniform and the others lie at a distance of any magnitude (a uniform number of bits) from
         * {@code min} or from {@code max}: dust, all-but-dust and every size between appear, not only numbers
         * of the range's top magnitude.
         */
        public BigDecimal decimalBetween(BigDecimal min, BigDecimal max, int scale) {
            BigInteger low = min.setScale(scale, RoundingMode.CEILING).unscaledValue();
            BigInteger span = max.setScale(scale, RoundingMode.FLOOR).unscaledValue().subtract(low);
            BigInteger offset = switch (random.nextInt(32)) {
                case 0 -> BigInteger.ZERO;
                case 1 -> BigInteger.ONE.min(span);
                case 2 -> span.subtract(BigInteger.ONE).max(BigInteger.ZERO);
                case 3 -> span;
                default -> switch (random.nextInt(4)) {
                    case 0 -> nearZero(span);
                    case 1 -> span.subtract(nearZero(span));
                    default -> uniformUpTo(span);
                };
            };
            return new BigDecimal(low.add(offset), scale);
        }

        /**
         * Between {@code minSize} and {@code maxSize} elements, each from {@code element}. Half the lists are
         * short (at most ten above the minimum: most failures show in a few steps and short cases run fast),
         * the others of any length in the range.
         */
        public <T> List<T> listOf(int minSize, int maxSize, Supplier<T> element) {
            int size = random.nextBoolean() ? intBetween(minSize, Math.min(maxSize, minSize + 10))
                    : intBetween(minSize, maxSize);
            List<T> list = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                list.add(element.get());
            }
            return list;
        }

        /** In [0, span], of a uniformly drawn number of bits: every magnitude is as likely. */
        private BigInteger nearZero(BigInteger span) {
            int bits = random.nextInt(span.bitLength() + 1);
            return uniformUpTo(BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE).min(span));
        }

        /** Uniform in [0, bound], by rejection over bound's bit length. */
        private BigInteger uniformUpTo(BigInteger bound) {
            int bits = bound.bitLength();
            if (bits == 0) {
                return BigInteger.ZERO;
            }
            byte[] bytes = new byte[(bits + 7) / 8];
            while (true) {
                random.nextBytes(bytes);
                BigInteger candidate = new BigInteger(1, bytes).shiftRight(bytes.length * 8 - bits);
                if (candidate.compareTo(bound) <= 0) {
                    return candidate;
                }
            }
        }
    }
}
