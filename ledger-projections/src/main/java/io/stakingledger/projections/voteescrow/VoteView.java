package io.stakingledger.projections.voteescrow;

import io.stakingledger.core.common.fields.OptionalField;

import java.math.BigDecimal;

/**
 * An account's vote for one target.
 *
 * @param target           the voted target (a liquidity pool)
 * @param vKsp             vKSP the account voted for it
 * @param targetVotes      ΣvKSP all accounts voted for it
 * @param fees24h          the target's last recorded 24 h trade fees in USD (zero when none recorded)
 * @param votingAprPercent voting APR in percent, rounded down to 18 decimals; {@code null} while the pool
 *                         has no KSP price
 */
public record VoteView(String target, BigDecimal vKsp, BigDecimal targetVotes, BigDecimal fees24h,
                       @OptionalField BigDecimal votingAprPercent) {
}
