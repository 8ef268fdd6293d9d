package io.stakingledger.core.earlystaking;

import org.axonframework.serialization.Revision;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** An early-staking pool was created with these parameters. */
@Revision("1")
public record EarlyStakingPoolCreated(String poolId, StoredParameters parameters, Instant at) implements EarlyStakingEvent {

    /**
     * The parameters as this revision stores them. A copy of {@link EarlyStakingParameters} of its own, so that
     * reshaping the domain record cannot change stored JSON: a change here needs a new revision and an upcaster.
     * Amounts at 18 decimals, as validated when the pool was created.
     */
    public record StoredParameters(
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
            List<BigDecimal> rewardSchedule) {

        public static StoredParameters from(EarlyStakingParameters p) {
            return new StoredParameters(p.saleSupply(), p.epbStart(), p.epbEnd(), p.saleShares(), p.epsilon(),
                    p.shareCap(), p.totalReward(), p.epochs(), p.epochLength(), p.start(), p.rewardSchedule());
        }

        /** The parameters exactly as stored: they were validated before the event was decided. */
        public EarlyStakingParameters toParameters() {
            return new EarlyStakingParameters(saleSupply, epbStart, epbEnd, saleShares, epsilon, shareCap, totalReward,
                    epochs, epochLength, start, rewardSchedule);
        }
    }
}
