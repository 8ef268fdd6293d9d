package io.stakingledger.app.voteescrow;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.stakingledger.app.api.CommandRequest;
import io.stakingledger.core.common.CommandRejected;
import io.stakingledger.core.voteescrow.DistributeRewards;
import io.stakingledger.core.voteescrow.EndRenewal;
import io.stakingledger.core.voteescrow.Lock;
import io.stakingledger.core.voteescrow.RecordPoolFees;
import io.stakingledger.core.voteescrow.SetPrice;
import io.stakingledger.core.voteescrow.Unlock;
import io.stakingledger.core.voteescrow.Vote;
import io.stakingledger.core.voteescrow.VoteEscrowParameters;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/** The vote-escrow commands' fields as they arrive over REST or in a batch line (SPEC.md "Batch file format"). */
final class VoteEscrowRequests {

    private VoteEscrowRequests() {
    }

    /**
     * {@code CreatePool} params; every one optional (SPEC.md §4 defaults). {@code terms}, when given,
     * replaces the default table as a whole. {@code unlockWindow} is an ISO-8601 duration text
     * ({@code P7D}): read as text so that a bare number is rejected rather than taken as seconds.
     */
    @JsonIgnoreProperties(ignoreUnknown = false)
    record Params(Map<String, BigDecimal> terms, String unlockWindow, BigDecimal dailyEmission, BigDecimal stakingShare,
                  BigDecimal votingFeeShare) {

        static final Params DEFAULTS = new Params(null, null, null, null, null);

        VoteEscrowParameters resolve() {
            return VoteEscrowParameters.of(terms == null ? null : new LinkedHashMap<>(terms), duration(unlockWindow),
                    dailyEmission, stakingShare, votingFeeShare);
        }

        private static Duration duration(String text) {
            if (text == null) {
                return null;
            }
            try {
                return Duration.parse(text.trim());
            } catch (DateTimeParseException e) {
                throw CommandRejected.invalid("unlockWindow must be an ISO-8601 duration such as P7D or PT36H, got "
                        + text);
            }
        }
    }

    @JsonIgnoreProperties({"type", "pool"})
    record LockRequest(String account, BigDecimal amount, String term, Instant at, String commandId)
            implements CommandRequest {
        @Override
        public Object toCommand(String poolId, Instant at) {
            return new Lock(poolId, account, amount, term, at, commandId);
        }
    }

    @JsonIgnoreProperties({"type", "pool"})
    record UnlockRequest(String account, Instant at, String commandId) implements CommandRequest {
        @Override
        public Object toCommand(String poolId, Instant at) {
            return new Unlock(poolId, account, at, commandId);
        }
    }

    @JsonIgnoreProperties({"type", "pool"})
    record EndRenewalRequest(String account, Instant at, String commandId) implements CommandRequest {
        @Override
        public Object toCommand(String poolId, Instant at) {
            return new EndRenewal(poolId, account, at, commandId);
        }
    }

    /** {@code amount} is optional: omitted, the pool's daily staking emission is distributed. */
    @JsonIgnoreProperties({"type", "pool"})
    record DistributeRewardsRequest(BigDecimal amount, Instant at, String commandId) implements CommandRequest {
        @Override
        public Object toCommand(String poolId, Instant at) {
            return new DistributeRewards(poolId, amount, at, commandId);
        }
    }

    @JsonIgnoreProperties({"type", "pool"})
    record VoteRequest(String account, String target, BigDecimal amount, Instant at, String commandId)
            implements CommandRequest {
        @Override
        public Object toCommand(String poolId, Instant at) {
            return new Vote(poolId, account, target, amount, at, commandId);
        }
    }

    /** {@code fees}: the target's trade fees over the last 24 hours, in USD. */
    @JsonIgnoreProperties({"type", "pool"})
    record RecordPoolFeesRequest(String target, BigDecimal fees, Instant at, String commandId)
            implements CommandRequest {
        @Override
        public Object toCommand(String poolId, Instant at) {
            return new RecordPoolFees(poolId, target, fees, at, commandId);
        }
    }

    /** {@code price}: USD per KSP. */
    @JsonIgnoreProperties({"type", "pool"})
    record SetPriceRequest(BigDecimal price, Instant at, String commandId) implements CommandRequest {
        @Override
        public Object toCommand(String poolId, Instant at) {
            return new SetPrice(poolId, price, at, commandId);
        }
    }
}
