package io.stakingledger.projections.governancemining;

import io.stakingledger.core.common.fields.OptionalField;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One account of a governance-mining pool at one instant: what it holds, and what a claim or an
 * unstake would cost at that instant. KDX amounts at scale 18, multiples of the pool's precision unit.
 *
 * @param staked              KDX included (sharing fees)
 * @param pendingAdd          KDX waiting for the next inclusion
 * @param rewardAccrued       the reward a claim now would take out: settled plus earned since, rounded down
 * @param claimPenaltyRate    (1 − s / maturation)^0.66 at 34 digits, 0 once mature
 * @param claimPenalty        what a claim now would burn (rewardAccrued × rate, rounded down)
 * @param claimNet            what a claim now would pay (rewardAccrued − claimPenalty)
 * @param canClaim            a claim now would be accepted: the cooldown is over and there is a reward
 * @param claimableFrom       when the cooldown allows the next claim; {@code null} before the first inclusion
 * @param unstakePenaltyRate  the fraction an unstake now would burn (stakePenalty inside the window, else 0)
 * @param unstakePenaltyUntil the end of the unstake penalty window; {@code null} before the first inclusion
 * @param effectiveStart      where the account's maturation curve starts; {@code null} before the first inclusion
 * @param lastStake           the account's latest inclusion
 * @param lastClaim           the account's latest claim, {@code null} if none
 * @param rewardsPaid         KDX of rewards paid to the account so far
 * @param rewardsBurned       KDX of the account's rewards burned so far
 * @param stakeBurned         KDX of the account's stake burned so far
 */
public record PositionView(String pool, String account, Instant at, BigDecimal staked, BigDecimal pendingAdd,
                           BigDecimal rewardAccrued, BigDecimal claimPenaltyRate, BigDecimal claimPenalty,
                           BigDecimal claimNet, boolean canClaim, @OptionalField Instant claimableFrom, BigDecimal unstakePenaltyRate,
                           @OptionalField Instant unstakePenaltyUntil, @OptionalField Instant effectiveStart, @OptionalField Instant lastStake, @OptionalField Instant lastClaim,
                           BigDecimal rewardsPaid, BigDecimal rewardsBurned, BigDecimal stakeBurned) {
}
