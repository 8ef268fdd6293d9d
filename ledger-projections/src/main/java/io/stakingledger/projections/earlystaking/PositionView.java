package io.stakingledger.projections.earlystaking;

import io.stakingledger.core.common.fields.OptionalField;

import java.math.BigDecimal;
import java.util.Map;

/**
 * One account's position. Amounts and shares at 18 decimals, values and limits rounded down;
 * {@code leverage} and {@code maxLeverage} rounded down to 18 decimals ({@code leverage} is null while
 * the account holds no principal shares). {@code pcrIneligibleReason} is null when {@code pcrEligible}.
 */
public record PositionView(
        String pool,
        String account,
        BigDecimal bought,
        BigDecimal dcrEarned,
        BigDecimal dcrUsed,
        BigDecimal dcrBalance,
        BigDecimal principalShares,
        BigDecimal virtualShares,
        BigDecimal weightedShares,
        BigDecimal debt,
        BigDecimal value,
        BigDecimal withdrawable,
        @OptionalField BigDecimal leverage,
        BigDecimal maxLeverage,
        BigDecimal exercisableDcr,
        BigDecimal reserved,
        BigDecimal guaranteedMinimumValue,
        boolean pcrEligible,
        @OptionalField String pcrIneligibleReason,
        boolean pcrUsed,
        Map<String, BigDecimal> paid,
        Map<String, BigDecimal> refunds,
        BigDecimal deposited,
        BigDecimal withdrawn) {
}
