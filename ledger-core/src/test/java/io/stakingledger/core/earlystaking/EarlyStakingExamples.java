package io.stakingledger.core.earlystaking;

import io.stakingledger.core.earlystaking.EarlyStakingPoolCreated.StoredParameters;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

/** Fixtures named for what they build: a default pool, its sale and its stakes. */
final class EarlyStakingExamples {

    static final String POOL = "kash";
    static final Instant CREATED = Instant.parse("2026-01-01T00:00:00Z");
    static final Instant START = Instant.parse("2026-01-05T00:00:00Z");
    static final Instant DAY_1 = Instant.parse("2026-01-02T00:00:00Z");
    static final Instant DAY_2 = Instant.parse("2026-01-03T00:00:00Z");
    static final Instant EPOCH_1_END = START.plus(Duration.ofDays(7));

    private EarlyStakingExamples() {
    }

    static BigDecimal bd(String value) {
        return new BigDecimal(value).setScale(18);
    }

    static EarlyStakingParameters defaultParameters() {
        return EarlyStakingParameters.defaults(START);
    }

    /** A pool whose cap is small enough to reach in a test: 1,000 weighted shares, 4 epochs of 100 KASH. */
    static EarlyStakingParameters smallCapParameters() {
        return EarlyStakingParameters.defaults(START)
                .withShareCap(new BigDecimal("1000"))
                .withTotalReward(new BigDecimal("400"))
                .withEpochs(4);
    }

    static EarlyStakingPoolCreated poolCreated() {
        return new EarlyStakingPoolCreated(POOL, StoredParameters.from(defaultParameters()), CREATED);
    }

    static EarlyStakingPoolCreated smallCapPoolCreated() {
        return new EarlyStakingPoolCreated(POOL, StoredParameters.from(smallCapParameters()), CREATED);
    }

    /** alice bought the first 100,000 KASH of the sale for 50,000 USDC. */
    static KashPurchased aliceBoughtFirst100k() {
        EpbCurve curve = defaultParameters().validate();
        BigDecimal amount = bd("100000");
        return new KashPurchased(POOL, "alice", amount, "USDC", bd("50000"), bd("0"), amount,
                io.stakingledger.core.common.Decimals.down(curve.effectiveBonus(BigDecimal.ZERO, amount)),
                curve.dcrEarned(BigDecimal.ZERO, amount).value(), DAY_1);
    }

    static StakeDeposited staked(String account, String amount, Instant at) {
        return new StakeDeposited(POOL, account, bd(amount), bd(amount), at);
    }
}
