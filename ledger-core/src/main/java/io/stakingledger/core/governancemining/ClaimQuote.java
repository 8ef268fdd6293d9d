package io.stakingledger.core.governancemining;

import io.stakingledger.core.common.Amount;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

/**
 * What a claim by one account at one instant would settle, burn and pay. The same computation decides
 * a {@link Claim} and answers the position view, so the view always shows what the claim would do.
 *
 * <p><b>Cooldown.</b> An account may claim once {@code claimCooldown} (7 days) has passed since its
 * previous claim; before its first claim the cooldown runs from its <em>first inclusion</em>, so the
 * first claim is allowed 7 days after the account first started earning. An account never included
 * has never earned and cannot claim ({@code claimableFrom} is {@code null}).
 *
 * @param rewardSettled reward earned since the last settlement, rounded down at the pool's precision
 * @param reward        rewardAccrued + rewardSettled: what the claim would take out (scale 18)
 * @param penaltyRate   (1 − s / maturation)^exponent at 34 digits, 0 when mature
 * @param penalty       reward × penaltyRate rounded down at the pool's precision: burned
 * @param net           reward − penalty: paid to the account
 * @param claimableFrom the first instant the cooldown allows a claim, {@code null} if never included
 * @param cooldownOver  the cooldown allows a claim at the quoted instant
 */
public record ClaimQuote(BigDecimal rewardSettled, BigDecimal reward, BigDecimal penaltyRate, BigDecimal penalty,
                         BigDecimal net, Instant claimableFrom, boolean cooldownOver) {

    /** Quotes a claim by {@code staker} at {@code at}, which must not precede the state's last event. */
    public static ClaimQuote of(GovernanceMiningState pool, GovernanceMiningAccount staker, Instant at) {
        GovernanceMiningParameters parameters = pool.parameters();
        Amount settled = RevenuePerToken.earned(staker.staked, pool.revenuePerTokenRate(), staker.revenuePerTokenStart,
                parameters);
        Amount reward = staker.rewardAccrued.plus(settled);
        BigDecimal rate = staker.effectiveStart() == null
                ? BigDecimal.ONE
                : MaturationPenalty.rate(Duration.between(staker.effectiveStart(), at), parameters.maturation(),
                parameters.maturationExponent());
        Amount penalty = MaturationPenalty.penalty(reward, rate, parameters);
        Instant from = claimableFrom(staker, parameters);
        return new ClaimQuote(settled.value(), reward.value(), rate, penalty.value(), reward.minus(penalty).value(), from,
                from != null && !at.isBefore(from));
    }

    /** The previous claim (or, before any, the first inclusion) plus the cooldown. */
    public static Instant claimableFrom(GovernanceMiningAccount staker, GovernanceMiningParameters parameters) {
        Instant since = staker.lastClaim() != null ? staker.lastClaim() : staker.firstInclusion();
        return since == null ? null : since.plus(parameters.claimCooldown());
    }

    /** True when a claim at the quoted instant would be accepted: the cooldown is over and there is a reward. */
    public boolean canClaim() {
        return cooldownOver && reward.signum() > 0;
    }
}
