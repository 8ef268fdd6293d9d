package io.stakingledger.app.governancemining;

import io.stakingledger.app.api.CommandRequest;
import io.stakingledger.app.api.Fields;
import io.stakingledger.core.common.CommandRejected;
import io.stakingledger.core.common.Decimals;
import io.stakingledger.core.governancemining.Claim;
import io.stakingledger.core.governancemining.GovernanceMiningParameters;
import io.stakingledger.core.governancemining.IncludePending;
import io.stakingledger.core.governancemining.RequestStake;
import io.stakingledger.core.governancemining.SweepFees;
import io.stakingledger.core.governancemining.Unstake;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

import static io.stakingledger.app.api.CommandRequest.fields;

/** The governance-mining commands' fields as they arrive over REST or in a batch line (SPEC.md "Batch file format"). */
final class GovernanceMiningRequests {

    private GovernanceMiningRequests() {
    }

    /**
     * {@code CreatePool} params; every one optional (SPEC.md §3 defaults). Durations are ISO-8601
     * ({@code "PT72H"}, {@code "P60D"}). {@code precision} is read as a decimal so that a fractional
     * value is rejected instead of being truncated to an integer.
     */
    record Params(BigDecimal stakePenalty, Duration stakePenaltyWindow, Duration maturation,
                  BigDecimal maturationExponent, Duration claimCooldown, BigDecimal feeShare, BigDecimal precision) {

        static Params read(Fields f) {
            f.allow("stakePenalty", "stakePenaltyWindow", "maturation", "maturationExponent", "claimCooldown",
                    "feeShare", "precision");
            return new Params(f.optionalDecimal("stakePenalty"), f.optionalDuration("stakePenaltyWindow"),
                    f.optionalDuration("maturation"), f.optionalDecimal("maturationExponent"),
                    f.optionalDuration("claimCooldown"), f.optionalDecimal("feeShare"), f.optionalDecimal("precision"));
        }

        GovernanceMiningParameters resolve() {
            return GovernanceMiningParameters.of(stakePenalty, stakePenaltyWindow, maturation, maturationExponent,
                    claimCooldown, feeShare, precisionDigits());
        }

        private Integer precisionDigits() {
            if (precision == null) {
                return null;
            }
            if (precision.stripTrailingZeros().scale() > 0) {
                throw CommandRejected.invalid("precision must be a whole number of fractional digits, got "
                        + precision.toPlainString());
            }
            if (precision.signum() < 0 || precision.compareTo(BigDecimal.valueOf(Decimals.SCALE)) > 0) {
                throw CommandRejected.invalid("precision must be between 0 and " + Decimals.SCALE
                        + " fractional digits, got " + Decimals.format(precision));
            }
            return precision.intValueExact();
        }
    }

    record RequestStakeRequest(String account, BigDecimal amount, Instant at, String commandId)
            implements CommandRequest {

        static RequestStakeRequest read(Fields f) {
            f.allow(fields("account", "amount"));
            return new RequestStakeRequest(f.identifier("account"), f.decimal("amount"), f.at(), f.commandId());
        }

        @Override
        public Object toCommand(String poolId, Instant at) {
            return new RequestStake(poolId, account, amount, at, commandId);
        }
    }

    record IncludePendingRequest(Instant at, String commandId) implements CommandRequest {

        static IncludePendingRequest read(Fields f) {
            f.allow(fields());
            return new IncludePendingRequest(f.at(), f.commandId());
        }

        @Override
        public Object toCommand(String poolId, Instant at) {
            return new IncludePending(poolId, at, commandId);
        }
    }

    record SweepFeesRequest(BigDecimal amount, Instant at, String commandId) implements CommandRequest {

        static SweepFeesRequest read(Fields f) {
            f.allow(fields("amount"));
            return new SweepFeesRequest(f.decimal("amount"), f.at(), f.commandId());
        }

        @Override
        public Object toCommand(String poolId, Instant at) {
            return new SweepFees(poolId, amount, at, commandId);
        }
    }

    record ClaimRequest(String account, Instant at, String commandId) implements CommandRequest {

        static ClaimRequest read(Fields f) {
            f.allow(fields("account"));
            return new ClaimRequest(f.identifier("account"), f.at(), f.commandId());
        }

        @Override
        public Object toCommand(String poolId, Instant at) {
            return new Claim(poolId, account, at, commandId);
        }
    }

    record UnstakeRequest(String account, BigDecimal amount, Instant at, String commandId) implements CommandRequest {

        static UnstakeRequest read(Fields f) {
            f.allow(fields("account", "amount"));
            return new UnstakeRequest(f.identifier("account"), f.decimal("amount"), f.at(), f.commandId());
        }

        @Override
        public Object toCommand(String poolId, Instant at) {
            return new Unstake(poolId, account, amount, at, commandId);
        }
    }
}
