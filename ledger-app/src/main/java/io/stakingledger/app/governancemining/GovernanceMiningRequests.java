package io.stakingledger.app.governancemining;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.stakingledger.app.api.CommandRequest;
import io.stakingledger.core.common.CommandRejected;
import io.stakingledger.core.governancemining.Claim;
import io.stakingledger.core.governancemining.GovernanceMiningParameters;
import io.stakingledger.core.governancemining.IncludePending;
import io.stakingledger.core.governancemining.RequestStake;
import io.stakingledger.core.governancemining.SweepFees;
import io.stakingledger.core.governancemining.Unstake;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

/** The governance-mining commands' fields as they arrive over REST or in a batch line (SPEC.md "Batch file format"). */
final class GovernanceMiningRequests {

    private GovernanceMiningRequests() {
    }

    /**
     * {@code CreatePool} params; every one optional (SPEC.md §3 defaults). Durations are ISO-8601
     * ({@code "PT72H"}, {@code "P60D"}). {@code precision} is read as a decimal so that a fractional
     * value is rejected instead of being truncated to an integer by the JSON reader.
     */
    @JsonIgnoreProperties(ignoreUnknown = false)
    record Params(BigDecimal stakePenalty, Duration stakePenaltyWindow, Duration maturation,
                  BigDecimal maturationExponent, Duration claimCooldown, BigDecimal feeShare, BigDecimal precision) {

        static final Params DEFAULTS = new Params(null, null, null, null, null, null, null);

        GovernanceMiningParameters resolve() {
            return GovernanceMiningParameters.of(stakePenalty, stakePenaltyWindow, maturation, maturationExponent,
                    claimCooldown, feeShare, precisionDigits());
        }

        private Integer precisionDigits() {
            if (precision == null) {
                return null;
            }
            try {
                return precision.intValueExact();
            } catch (ArithmeticException e) {
                throw CommandRejected.invalid("precision must be a whole number of fractional digits, got "
                        + precision.toPlainString());
            }
        }
    }

    @JsonIgnoreProperties({"type", "pool"})
    record RequestStakeRequest(String account, BigDecimal amount, Instant at, String commandId)
            implements CommandRequest {
        @Override
        public Object toCommand(String poolId, Instant at) {
            return new RequestStake(poolId, account, amount, at, commandId);
        }
    }

    @JsonIgnoreProperties({"type", "pool"})
    record IncludePendingRequest(Instant at, String commandId) implements CommandRequest {
        @Override
        public Object toCommand(String poolId, Instant at) {
            return new IncludePending(poolId, at, commandId);
        }
    }

    @JsonIgnoreProperties({"type", "pool"})
    record SweepFeesRequest(BigDecimal amount, Instant at, String commandId) implements CommandRequest {
        @Override
        public Object toCommand(String poolId, Instant at) {
            return new SweepFees(poolId, amount, at, commandId);
        }
    }

    @JsonIgnoreProperties({"type", "pool"})
    record ClaimRequest(String account, Instant at, String commandId) implements CommandRequest {
        @Override
        public Object toCommand(String poolId, Instant at) {
            return new Claim(poolId, account, at, commandId);
        }
    }

    @JsonIgnoreProperties({"type", "pool"})
    record UnstakeRequest(String account, BigDecimal amount, Instant at, String commandId) implements CommandRequest {
        @Override
        public Object toCommand(String poolId, Instant at) {
            return new Unstake(poolId, account, amount, at, commandId);
        }
    }
}
