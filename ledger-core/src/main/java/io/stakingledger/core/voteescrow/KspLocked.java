package io.stakingledger.core.voteescrow;

import org.axonframework.serialization.Revision;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * {@code amount} KSP were locked for {@code term}. Carries the account's lock after the event, so the
 * fold only assigns and adds.
 *
 * @param vKspAdded           vKSP gained (all lots re-rated when the term is the longest held)
 * @param longestTerm         the account's longest term after the lock
 * @param selfRenewing        whether the lock renews at every end after this lock
 * @param lockEnd             the shared end date after the lock
 * @param renewalAnchor       the end renewals count from after the lock
 * @param renewalsSinceAnchor renewals recorded since that anchor (0 when the lock moved the end)
 * @param rewardSettled       reward settled into the account before its vKSP changed (rounded down, 18 decimals)
 * @param rewardDust          what that rounding left over (exact, below 10⁻¹⁸); carried to the next distribution
 */
@Revision("1")
public record KspLocked(String poolId, String account, BigDecimal amount, String term, BigDecimal vKspAdded,
                        String longestTerm, boolean selfRenewing, Instant lockEnd, Instant renewalAnchor,
                        long renewalsSinceAnchor, BigDecimal rewardSettled, BigDecimal rewardDust, Instant at)
        implements VoteEscrowEvent {
}
