package io.stakingledger.core.governancemining;

import io.stakingledger.core.common.Amount;
import io.stakingledger.core.common.Rounding;

import java.math.BigDecimal;

/**
 * The seed's USD estimate of an account's share of swap fees: r = v × feeShare × a / T × d, with v the
 * daily swap volume in USD, a / T the account's share of the staked total (a ratio, so tokens and USD
 * give the same value), and d the number of days. An estimate for display, not a ledger amount.
 */
public final class FeeShareEstimate {

    private FeeShareEstimate() {
    }

    /** The estimate in USD, rounded for {@link Rounding#DISPLAY} (down) to 18 decimals; zero when nothing is staked. */
    public static BigDecimal usd(BigDecimal dailyVolumeUsd, BigDecimal feeShare, BigDecimal staked,
                                 BigDecimal totalStaked, BigDecimal days) {
        if (totalStaked.signum() == 0) {
            return Amount.ZERO.value();
        }
        BigDecimal fees = dailyVolumeUsd.multiply(feeShare).multiply(days).multiply(staked);
        return Amount.of(fees.divide(totalStaked, Amount.SCALE, Rounding.DISPLAY.mode())).value();
    }
}
