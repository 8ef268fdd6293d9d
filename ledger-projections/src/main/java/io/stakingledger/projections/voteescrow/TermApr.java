package io.stakingledger.projections.voteescrow;

import io.stakingledger.core.common.fields.OptionalField;

import java.math.BigDecimal;

/**
 * Staking APR and APY of KSP held entirely at one term's multiplier, for a given daily emission and vKSP
 * total. Percent, rounded down to 18 decimals; {@code null} when there is no vKSP to share with.
 *
 * @param term       term code
 * @param vKspPerKsp the term's multiplier
 */
public record TermApr(String term, BigDecimal vKspPerKsp, @OptionalField BigDecimal stakingAprPercent,
                      @OptionalField BigDecimal stakingApyPercent) {
}
