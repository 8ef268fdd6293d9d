package io.stakingledger.core.voteescrow;

import org.axonframework.serialization.Revision;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/**
 * All {@code amount} KSP of the account were unlocked and returned; its vKSP and votes are gone.
 *
 * @param vKspRemoved   the account's vKSP before the unlock
 * @param votesCleared  the account's votes per target before the unlock
 * @param rewardSettled reward settled into the account (rounded down, 18 decimals)
 * @param rewardDust    what that rounding left over (exact, below 10⁻¹⁸); carried to the next distribution
 */
@Revision("1")
public record KspUnlocked(String poolId, String account, BigDecimal amount, BigDecimal vKspRemoved,
                          Map<String, BigDecimal> votesCleared, BigDecimal rewardSettled, BigDecimal rewardDust,
                          Instant at) implements VoteEscrowEvent {
}
