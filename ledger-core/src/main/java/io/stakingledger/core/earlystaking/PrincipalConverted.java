package io.stakingledger.core.earlystaking;

import org.axonframework.serialization.Revision;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/**
 * The principal conversion right was exercised: {@code kashBurned} left the pool, {@code sharesConverted}
 * principal shares became virtual shares, the account's debt grew by {@code kashBurned}, and
 * {@code refunds} (asset → amount) are owed back to the buyer. Back-office systems act on the refunds.
 */
@Revision("1")
public record PrincipalConverted(String poolId, String account, BigDecimal kashBurned, BigDecimal sharesConverted,
                                 Map<String, BigDecimal> refunds, Instant at) implements EarlyStakingEvent {
}
