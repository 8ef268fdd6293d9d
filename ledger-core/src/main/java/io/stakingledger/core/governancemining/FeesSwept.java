package io.stakingledger.core.governancemining;

import org.axonframework.serialization.Revision;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * {@code amount} KDX of fees (scale 18) were swept. Together with the fees still undistributed they
 * raised the accumulator by {@code revenuePerTokenRise} (scale 36, rounded down) over
 * {@code stakedTotal} included tokens, to {@code revenuePerTokenAfter}. With nothing staked the rise is
 * zero and the fees wait. What the rounding held back stays undistributed.
 */
@Revision("1")
public record FeesSwept(String poolId, BigDecimal amount, BigDecimal stakedTotal, BigDecimal revenuePerTokenRise,
                        BigDecimal revenuePerTokenAfter, Instant at) implements GovernanceMiningEvent {
}
