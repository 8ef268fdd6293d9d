package io.stakingledger.projections.voteescrow;

import io.stakingledger.core.common.fields.OptionalField;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A vote-escrow pool at {@code at}. KSP and vKSP at 18 decimals unless marked exact.
 *
 * @param totalLocked          ΣKSP locked
 * @param vKspTotal            ΣvKSP
 * @param lockedAccounts       accounts holding a lock
 * @param dailyStakingEmission dailyEmission × stakingShare: the default DistributeRewards amount
 * @param price                KSP price in USD ({@code null} until SetPrice)
 * @param rewardsEmitted       ΣKSP emitted by DistributeRewards
 * @param rewardsAllocated     exact KSP belonging to accounts (settled + unsettled); more than 18 decimals in general
 * @param rewardsSettled       ΣKSP credited to accounts at settlements
 * @param rewardsCarried       exact rounding remainder held by the pool for the next distribution;
 *                             {@code rewardsEmitted = rewardsAllocated + rewardsCarried}
 * @param rewardPerVksp        cumulative reward per vKSP (36 decimals)
 * @param distributions        number of distributions so far
 * @param termAprs             current staking APR/APY of KSP held at each term's multiplier
 */
public record PoolView(
        String pool,
        BigDecimal totalLocked,
        BigDecimal vKspTotal,
        int lockedAccounts,
        BigDecimal dailyStakingEmission,
        @OptionalField BigDecimal price,
        BigDecimal rewardsEmitted,
        BigDecimal rewardsAllocated,
        BigDecimal rewardsSettled,
        BigDecimal rewardsCarried,
        BigDecimal rewardPerVksp,
        int distributions,
        List<TermApr> termAprs,
        Instant at) {
}
