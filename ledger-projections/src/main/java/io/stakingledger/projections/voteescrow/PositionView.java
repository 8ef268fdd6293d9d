package io.stakingledger.projections.voteescrow;

import io.stakingledger.core.common.fields.OptionalField;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * One account's position in a vote-escrow pool at {@code at}, after automatic renewals up to that
 * instant. KSP and vKSP at 18 decimals; rates in percent, rounded down to 18 decimals.
 *
 * @param locked            KSP locked
 * @param vKsp              voting power
 * @param term              the account's longest term ({@code null} when nothing is locked)
 * @param selfRenewing      true while a {@code 12M+}-style lock renews at every end
 * @param lockEnd           end of the current lock period ({@code null} when nothing is locked)
 * @param unlockWindowEnd   end (exclusive) of the unlock window opening at {@code lockEnd}; {@code null} for a
 *                          self-renewing lock or when nothing is locked
 * @param unlockable        true when an Unlock at {@code at} would be accepted
 * @param rewardsAccrued    staking rewards earned so far (each settlement rounded down to 18 decimals)
 * @param stakingAprPercent staking APR in percent ({@code null} when nothing is locked)
 * @param stakingApyPercent staking APY in percent, daily compounding ({@code null} when nothing is locked)
 * @param votesTotal        ΣvKSP voted
 * @param votes             votes per target, by target name
 */
public record PositionView(
        String pool,
        String account,
        BigDecimal locked,
        BigDecimal vKsp,
        @OptionalField String term,
        boolean selfRenewing,
        @OptionalField Instant lockEnd,
        @OptionalField Instant unlockWindowEnd,
        boolean unlockable,
        BigDecimal rewardsAccrued,
        @OptionalField BigDecimal stakingAprPercent,
        @OptionalField BigDecimal stakingApyPercent,
        BigDecimal votesTotal,
        List<VoteView> votes,
        Instant at) {
}
