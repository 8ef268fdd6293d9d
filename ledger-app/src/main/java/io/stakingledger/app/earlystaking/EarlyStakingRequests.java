package io.stakingledger.app.earlystaking;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.stakingledger.app.api.CommandRequest;
import io.stakingledger.core.common.CommandRejected;
import io.stakingledger.core.earlystaking.CancelReservation;
import io.stakingledger.core.earlystaking.CloseEpoch;
import io.stakingledger.core.earlystaking.ConvertPrincipal;
import io.stakingledger.core.earlystaking.EarlyStakingParameters;
import io.stakingledger.core.earlystaking.ExerciseDcr;
import io.stakingledger.core.earlystaking.Purchase;
import io.stakingledger.core.earlystaking.RealizeReservations;
import io.stakingledger.core.earlystaking.Reserve;
import io.stakingledger.core.earlystaking.Stake;
import io.stakingledger.core.earlystaking.Withdraw;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** The early-staking commands' fields as they arrive over REST or in a batch line (SPEC.md "Batch file format"). */
final class EarlyStakingRequests {

    private EarlyStakingRequests() {
    }

    @JsonIgnoreProperties(ignoreUnknown = false)
    record Params(BigDecimal saleSupply, BigDecimal epbStart, BigDecimal epbEnd, BigDecimal saleShares,
                  BigDecimal epsilon, BigDecimal shareCap, BigDecimal totalReward, Integer epochs,
                  Duration epochLength, Instant start, List<BigDecimal> rewardSchedule) {

        EarlyStakingParameters resolve(Instant createdAt) {
            return EarlyStakingParameters.of(saleSupply, epbStart, epbEnd, saleShares, epsilon, shareCap, totalReward,
                    epochs, epochLength, start == null ? createdAt : start, rewardSchedule);
        }
    }

    @JsonIgnoreProperties({"type", "pool"})
    record PurchaseRequest(String account, BigDecimal amount, String paidAsset, BigDecimal paidAmount, Instant at,
                           String commandId) implements CommandRequest {
        @Override
        public Object toCommand(String poolId, Instant at) {
            return new Purchase(poolId, account, amount, paidAsset, paidAmount, at, commandId);
        }
    }

    @JsonIgnoreProperties({"type", "pool"})
    record StakeRequest(String account, BigDecimal amount, Instant at, String commandId) implements CommandRequest {
        @Override
        public Object toCommand(String poolId, Instant at) {
            return new Stake(poolId, account, amount, at, commandId);
        }
    }

    @JsonIgnoreProperties({"type", "pool"})
    record ExerciseDcrRequest(String account, BigDecimal dcr, BigDecimal deposit, Instant at, String commandId)
            implements CommandRequest {
        @Override
        public Object toCommand(String poolId, Instant at) {
            return new ExerciseDcr(poolId, account, dcr, deposit, at, commandId);
        }
    }

    /** {@code amount} is a decimal or {@code "all"}. */
    @JsonIgnoreProperties({"type", "pool"})
    record WithdrawRequest(String account, String amount, Instant at, String commandId) implements CommandRequest {
        @Override
        public Object toCommand(String poolId, Instant at) {
            return new Withdraw(poolId, account, amountOrAll(amount), at, commandId);
        }
    }

    @JsonIgnoreProperties({"type", "pool"})
    record CloseEpochRequest(Instant at, String commandId) implements CommandRequest {
        @Override
        public Object toCommand(String poolId, Instant at) {
            return new CloseEpoch(poolId, at, commandId);
        }
    }

    @JsonIgnoreProperties({"type", "pool"})
    record ReserveRequest(String account, BigDecimal amount, Instant at, String commandId) implements CommandRequest {
        @Override
        public Object toCommand(String poolId, Instant at) {
            return new Reserve(poolId, account, amount, at, commandId);
        }
    }

    /** {@code amount} is optional: omitted (or {@code "all"}) cancels everything the account has queued. */
    @JsonIgnoreProperties({"type", "pool"})
    record CancelReservationRequest(String account, String amount, Instant at, String commandId)
            implements CommandRequest {
        @Override
        public Object toCommand(String poolId, Instant at) {
            return new CancelReservation(poolId, account, amount == null ? null : amountOrAll(amount), at, commandId);
        }
    }

    @JsonIgnoreProperties({"type", "pool"})
    record RealizeReservationsRequest(Instant at, String commandId) implements CommandRequest {
        @Override
        public Object toCommand(String poolId, Instant at) {
            return new RealizeReservations(poolId, at, commandId);
        }
    }

    @JsonIgnoreProperties({"type", "pool"})
    record ConvertPrincipalRequest(String account, Instant at, String commandId) implements CommandRequest {
        @Override
        public Object toCommand(String poolId, Instant at) {
            return new ConvertPrincipal(poolId, account, at, commandId);
        }
    }

    /** A decimal, or null for {@code "all"}. */
    static BigDecimal amountOrAll(String amount) {
        if (amount == null || amount.isBlank()) {
            throw CommandRejected.invalid("amount is required: a decimal or \"all\"");
        }
        if (amount.trim().equalsIgnoreCase("all")) {
            return null;
        }
        try {
            return new BigDecimal(amount.trim());
        } catch (NumberFormatException e) {
            throw CommandRejected.invalid("amount must be a decimal or \"all\", got " + amount);
        }
    }
}
