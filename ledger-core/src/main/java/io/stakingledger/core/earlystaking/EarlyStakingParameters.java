package io.stakingledger.core.earlystaking;

import io.stakingledger.core.common.Amount;
import io.stakingledger.core.common.CommandRejected;
import io.stakingledger.core.common.DecimalText;
import io.stakingledger.core.common.Decimals;
import io.stakingledger.core.common.InstantText;
import io.stakingledger.core.common.ParameterLimits;
import io.stakingledger.core.common.Rounding;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Parameters of one early-staking pool (docs/domain/early-staking.md, "Parameters"). Amounts and shares at 18 decimals.
 *
 * @param saleSupply     Q: KASH sold in the initial sale
 * @param epbStart       a: EPB at q = 0
 * @param epbEnd         b: EPB at q = Q
 * @param saleShares     c: ∫₀^Q EPB dq
 * @param epsilon        ε: safety margin so rounding never breaks a cap
 * @param shareCap       maximum total weighted shares
 * @param totalReward    KASH distributed over the pool's life
 * @param epochs         N: number of reward epochs
 * @param epochLength    duration of one epoch
 * @param start          instant the first epoch begins
 * @param rewardSchedule reward of each epoch, N entries summing to totalReward
 */
public record EarlyStakingParameters(
        BigDecimal saleSupply,
        BigDecimal epbStart,
        BigDecimal epbEnd,
        BigDecimal saleShares,
        BigDecimal epsilon,
        BigDecimal shareCap,
        BigDecimal totalReward,
        int epochs,
        Duration epochLength,
        Instant start,
        List<BigDecimal> rewardSchedule) implements Serializable {

    public static final BigDecimal DEFAULT_SALE_SUPPLY = new BigDecimal("5000000");
    public static final BigDecimal DEFAULT_EPB_START = new BigDecimal("10");
    public static final BigDecimal DEFAULT_EPB_END = new BigDecimal("3");
    public static final BigDecimal DEFAULT_SALE_SHARES = new BigDecimal("30000000");
    public static final BigDecimal DEFAULT_EPSILON = new BigDecimal("0.000001");
    public static final BigDecimal DEFAULT_SHARE_CAP = new BigDecimal("30000000");
    public static final BigDecimal DEFAULT_TOTAL_REWARD = new BigDecimal("30000000");
    public static final int DEFAULT_EPOCHS = 52;
    public static final Duration DEFAULT_EPOCH_LENGTH = Duration.ofDays(7);

    /** Most epochs a pool may have (about 19 years of weekly epochs). */
    public static final int MAX_EPOCHS = 1_000;
    /** Shortest epoch. */
    public static final Duration MIN_EPOCH_LENGTH = Duration.ofSeconds(1);

    /**
     * The defaults of docs/domain/early-staking.md with the first epoch starting at {@code start}, the reward schedule being
     * the equal split of {@link #equalSplit}. Each default is replaced through its {@code with…} method;
     * ranges and the curve are checked by {@link #validate()}.
     *
     * @throws CommandRejected if {@code start} is null
     */
    public static EarlyStakingParameters defaults(Instant start) {
        BigDecimal reward = amount("totalReward", DEFAULT_TOTAL_REWARD);
        return new EarlyStakingParameters(
                amount("saleSupply", DEFAULT_SALE_SUPPLY),
                amount("epbStart", DEFAULT_EPB_START),
                amount("epbEnd", DEFAULT_EPB_END),
                amount("saleShares", DEFAULT_SALE_SHARES),
                amount("epsilon", DEFAULT_EPSILON),
                amount("shareCap", DEFAULT_SHARE_CAP),
                reward, DEFAULT_EPOCHS, DEFAULT_EPOCH_LENGTH, requiredStart(start),
                equalSplit(reward, DEFAULT_EPOCHS));
    }

    /** @throws CommandRejected if the value is null or outside {@link DecimalText#bounded} */
    public EarlyStakingParameters withSaleSupply(BigDecimal value) {
        return new EarlyStakingParameters(amount("saleSupply", value), epbStart, epbEnd, saleShares, epsilon,
                shareCap, totalReward, epochs, epochLength, start, rewardSchedule);
    }

    /** @throws CommandRejected if the value is null or outside {@link DecimalText#bounded} */
    public EarlyStakingParameters withEpbStart(BigDecimal value) {
        return new EarlyStakingParameters(saleSupply, amount("epbStart", value), epbEnd, saleShares, epsilon,
                shareCap, totalReward, epochs, epochLength, start, rewardSchedule);
    }

    /** @throws CommandRejected if the value is null or outside {@link DecimalText#bounded} */
    public EarlyStakingParameters withEpbEnd(BigDecimal value) {
        return new EarlyStakingParameters(saleSupply, epbStart, amount("epbEnd", value), saleShares, epsilon,
                shareCap, totalReward, epochs, epochLength, start, rewardSchedule);
    }

    /** @throws CommandRejected if the value is null or outside {@link DecimalText#bounded} */
    public EarlyStakingParameters withSaleShares(BigDecimal value) {
        return new EarlyStakingParameters(saleSupply, epbStart, epbEnd, amount("saleShares", value), epsilon,
                shareCap, totalReward, epochs, epochLength, start, rewardSchedule);
    }

    /** @throws CommandRejected if the value is null or outside {@link DecimalText#bounded} */
    public EarlyStakingParameters withEpsilon(BigDecimal value) {
        return new EarlyStakingParameters(saleSupply, epbStart, epbEnd, saleShares, amount("epsilon", value),
                shareCap, totalReward, epochs, epochLength, start, rewardSchedule);
    }

    /** @throws CommandRejected if the value is null or outside {@link DecimalText#bounded} */
    public EarlyStakingParameters withShareCap(BigDecimal value) {
        return new EarlyStakingParameters(saleSupply, epbStart, epbEnd, saleShares, epsilon,
                amount("shareCap", value), totalReward, epochs, epochLength, start, rewardSchedule);
    }

    /**
     * A schedule that is still the equal split is split again over the new total; a schedule given
     * through {@link #withRewardSchedule} is kept (and {@link #validate()} reports a sum that no longer fits).
     *
     * @throws CommandRejected if the value is null or outside {@link DecimalText#bounded}
     */
    public EarlyStakingParameters withTotalReward(BigDecimal value) {
        BigDecimal reward = amount("totalReward", value);
        return new EarlyStakingParameters(saleSupply, epbStart, epbEnd, saleShares, epsilon, shareCap, reward,
                epochs, epochLength, start, followingSplit(reward, epochs));
    }

    /**
     * A schedule that is still the equal split is split again over the new number of epochs, as in
     * {@link #withTotalReward}.
     *
     * @throws CommandRejected if {@code value} is below 1 or above {@link #MAX_EPOCHS}
     */
    public EarlyStakingParameters withEpochs(int value) {
        if (value < 1) {
            throw CommandRejected.invalid("epochs must be at least 1, got " + value);
        }
        if (value > MAX_EPOCHS) {
            throw CommandRejected.invalid("epochs must be at most " + MAX_EPOCHS + ", got " + value);
        }
        return new EarlyStakingParameters(saleSupply, epbStart, epbEnd, saleShares, epsilon, shareCap, totalReward,
                value, epochLength, start, followingSplit(totalReward, value));
    }

    /** Its range is checked by {@link #validate()}. */
    public EarlyStakingParameters withEpochLength(Duration value) {
        return new EarlyStakingParameters(saleSupply, epbStart, epbEnd, saleShares, epsilon, shareCap, totalReward,
                epochs, Objects.requireNonNull(value, "epochLength"), start, rewardSchedule);
    }

    /** @throws CommandRejected if {@code value} is null */
    public EarlyStakingParameters withStart(Instant value) {
        return new EarlyStakingParameters(saleSupply, epbStart, epbEnd, saleShares, epsilon, shareCap, totalReward,
                epochs, epochLength, requiredStart(value), rewardSchedule);
    }

    /**
     * Replaces the equal split; its length and sum are checked by {@link #validate()}, so give it after
     * {@link #withTotalReward} and {@link #withEpochs}.
     *
     * @throws CommandRejected if an entry is null or outside {@link DecimalText#bounded}
     */
    public EarlyStakingParameters withRewardSchedule(List<BigDecimal> value) {
        List<BigDecimal> schedule = value.stream().map(r -> amount("rewardSchedule", r)).toList();
        return new EarlyStakingParameters(saleSupply, epbStart, epbEnd, saleShares, epsilon, shareCap, totalReward,
                epochs, epochLength, start, schedule);
    }

    /**
     * Splits {@code total} into {@code n} rewards rounded down to 18 decimals; the last epoch takes the
     * remainder so the schedule sums to {@code total} exactly.
     */
    public static List<BigDecimal> equalSplit(BigDecimal total, int n) {
        BigDecimal each = Amount.of(total).dividedBy(BigDecimal.valueOf(n), Rounding.SHARE_OUT).value();
        List<BigDecimal> schedule = new ArrayList<>(n);
        for (int i = 0; i < n - 1; i++) {
            schedule.add(each);
        }
        schedule.add(Decimals.exact(total.subtract(each.multiply(BigDecimal.valueOf(n - 1)))));
        return schedule;
    }

    /**
     * Checks ranges and the curve fit; throws {@link CommandRejected} naming the offending value. Besides
     * the rules of docs/domain/early-staking.md: 1 to {@link #MAX_EPOCHS} epochs of {@link #MIN_EPOCH_LENGTH} to
     * {@link ParameterLimits#MAX_DURATION}, a start and a last epoch end between {@link InstantText#EARLIEST}
     * and {@link InstantText#LATEST}, and decimals within {@link DecimalText#bounded}, so that no view or
     * replay of the pool can overflow.
     */
    public EpbCurve validate() {
        if (epochs < 1 || epochs > MAX_EPOCHS) {
            throw CommandRejected.invalid("epochs must be between 1 and " + MAX_EPOCHS + ", got " + epochs);
        }
        DecimalText.bounded("saleSupply", saleSupply);
        DecimalText.bounded("epbStart", epbStart);
        DecimalText.bounded("epbEnd", epbEnd);
        DecimalText.bounded("saleShares", saleShares);
        DecimalText.bounded("epsilon", epsilon);
        DecimalText.bounded("shareCap", shareCap);
        DecimalText.bounded("totalReward", totalReward);
        positive("saleSupply", saleSupply);
        positive("epbStart", epbStart);
        positive("epbEnd", epbEnd);
        positive("saleShares", saleShares);
        positive("shareCap", shareCap);
        if (epsilon.signum() < 0) {
            throw CommandRejected.invalid("epsilon must not be negative");
        }
        if (totalReward.signum() < 0) {
            throw CommandRejected.invalid("totalReward must not be negative");
        }
        if (epochLength.isNegative() || epochLength.isZero()) {
            throw CommandRejected.invalid("epochLength must be positive, got " + epochLength);
        }
        ParameterLimits.duration("epochLength", epochLength, MIN_EPOCH_LENGTH);
        InstantText.inRange("start", start);
        Instant lastEnd = start.plus(epochLength.multipliedBy(epochs));
        if (lastEnd.isAfter(InstantText.LATEST)) {
            throw CommandRejected.invalid("the last epoch would end at " + lastEnd + ", after " + InstantText.LATEST
                    + "; start earlier, or use fewer or shorter epochs");
        }
        if (rewardSchedule.size() != epochs) {
            throw CommandRejected.invalid("rewardSchedule has " + rewardSchedule.size()
                    + " entries but the pool has " + epochs + " epochs");
        }
        BigDecimal sum = Decimals.ZERO;
        for (BigDecimal r : rewardSchedule) {
            DecimalText.bounded("rewardSchedule", r);
            if (r.signum() < 0) {
                throw CommandRejected.invalid("rewardSchedule entries must not be negative");
            }
            sum = sum.add(r);
        }
        if (sum.compareTo(totalReward) != 0) {
            throw CommandRejected.invalid("rewardSchedule sums to " + Decimals.format(sum)
                    + " but totalReward is " + Decimals.format(totalReward));
        }
        return EpbCurve.fit(this);
    }

    /** Reward of epoch {@code epoch} (1-based). */
    public BigDecimal rewardOf(int epoch) {
        return rewardSchedule.get(epoch - 1);
    }

    /** Scheduled end of epoch {@code epoch} (1-based): start + epoch × epochLength. */
    public Instant endOf(int epoch) {
        return start.plus(epochLength.multipliedBy(epoch));
    }

    /** The equal split of {@code reward} over {@code n} epochs if the schedule has been the equal split so far. */
    private List<BigDecimal> followingSplit(BigDecimal reward, int n) {
        return rewardSchedule.equals(equalSplit(totalReward, epochs)) ? equalSplit(reward, n) : rewardSchedule;
    }

    private static Instant requiredStart(Instant start) {
        if (start == null) {
            throw CommandRejected.invalid("start (instant of the first epoch) is required");
        }
        return start;
    }

    private static BigDecimal amount(String name, BigDecimal value) {
        return DecimalText.bounded(name, value);
    }

    private static void positive(String name, BigDecimal value) {
        if (value.signum() <= 0) {
            throw CommandRejected.invalid(name + " must be positive, got " + Decimals.format(value));
        }
    }
}
