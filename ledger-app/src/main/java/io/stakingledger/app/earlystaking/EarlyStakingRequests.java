package io.stakingledger.app.earlystaking;

import io.stakingledger.app.api.CommandRequest;
import io.stakingledger.app.api.Fields;
import io.stakingledger.core.common.CommandRejected;
import io.stakingledger.core.common.Decimals;
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

import static io.stakingledger.app.api.CommandRequest.fields;

/**
 * The early-staking commands' fields as they arrive over REST or in a batch line (SPEC.md "Batch file
 * format"), each read strictly by its {@code read} method: the fields it names and no other.
 */
final class EarlyStakingRequests {

    private EarlyStakingRequests() {
    }

    /** {@code CreatePool} params; an omitted one takes its SPEC.md §1 default ({@code start}: the creation time). */
    record Params(BigDecimal saleSupply, BigDecimal epbStart, BigDecimal epbEnd, BigDecimal saleShares,
                  BigDecimal epsilon, BigDecimal shareCap, BigDecimal totalReward, Integer epochs,
                  Duration epochLength, Instant start, List<BigDecimal> rewardSchedule) {

        static Params read(Fields f) {
            f.allow("saleSupply", "epbStart", "epbEnd", "saleShares", "epsilon", "shareCap", "totalReward", "epochs",
                    "epochLength", "start", "rewardSchedule");
            return new Params(f.optionalDecimal("saleSupply"), f.optionalDecimal("epbStart"),
                    f.optionalDecimal("epbEnd"), f.optionalDecimal("saleShares"), f.optionalDecimal("epsilon"),
                    f.optionalDecimal("shareCap"), f.optionalDecimal("totalReward"),
                    f.optionalWholeNumber("epochs", 1, EarlyStakingParameters.MAX_EPOCHS),
                    f.optionalDuration("epochLength"), f.optionalInstant("start"),
                    f.optionalDecimals("rewardSchedule", EarlyStakingParameters.MAX_EPOCHS));
        }

        EarlyStakingParameters resolve(Instant createdAt) {
            return EarlyStakingParameters.of(saleSupply, epbStart, epbEnd, saleShares, epsilon, shareCap, totalReward,
                    epochs, epochLength, start == null ? createdAt : start, rewardSchedule);
        }
    }

    /** {@code paidAsset} and a positive {@code paidAmount} are required: principal conversion refunds them. */
    record PurchaseRequest(String account, BigDecimal amount, String paidAsset, BigDecimal paidAmount, Instant at,
                           String commandId) implements CommandRequest {

        static PurchaseRequest read(Fields f) {
            f.allow(fields("account", "amount", "paidAsset", "paidAmount"));
            PurchaseRequest request = new PurchaseRequest(f.identifier("account"), f.decimal("amount"),
                    f.identifier("paidAsset"), f.decimal("paidAmount"), f.at(), f.commandId());
            if (request.paidAmount.signum() <= 0) {
                throw CommandRejected.invalid("paidAmount must be positive, got " + Decimals.format(request.paidAmount));
            }
            return request;
        }

        @Override
        public Object toCommand(String poolId, Instant at) {
            return new Purchase(poolId, account, amount, paidAsset, paidAmount, at, commandId);
        }
    }

    record StakeRequest(String account, BigDecimal amount, Instant at, String commandId) implements CommandRequest {

        static StakeRequest read(Fields f) {
            f.allow(fields("account", "amount"));
            return new StakeRequest(f.identifier("account"), f.decimal("amount"), f.at(), f.commandId());
        }

        @Override
        public Object toCommand(String poolId, Instant at) {
            return new Stake(poolId, account, amount, at, commandId);
        }
    }

    record ExerciseDcrRequest(String account, BigDecimal dcr, BigDecimal deposit, Instant at, String commandId)
            implements CommandRequest {

        static ExerciseDcrRequest read(Fields f) {
            f.allow(fields("account", "dcr", "deposit"));
            return new ExerciseDcrRequest(f.identifier("account"), f.decimal("dcr"), f.optionalDecimal("deposit"),
                    f.at(), f.commandId());
        }

        @Override
        public Object toCommand(String poolId, Instant at) {
            return new ExerciseDcr(poolId, account, dcr, deposit, at, commandId);
        }
    }

    /** {@code amount} is a decimal or {@code "all"} (then null). */
    record WithdrawRequest(String account, BigDecimal amount, Instant at, String commandId) implements CommandRequest {

        static WithdrawRequest read(Fields f) {
            f.allow(fields("account", "amount"));
            return new WithdrawRequest(f.identifier("account"), f.decimalOrAll("amount", true), f.at(), f.commandId());
        }

        @Override
        public Object toCommand(String poolId, Instant at) {
            return new Withdraw(poolId, account, amount, at, commandId);
        }
    }

    record CloseEpochRequest(Instant at, String commandId) implements CommandRequest {

        static CloseEpochRequest read(Fields f) {
            f.allow(fields());
            return new CloseEpochRequest(f.at(), f.commandId());
        }

        @Override
        public Object toCommand(String poolId, Instant at) {
            return new CloseEpoch(poolId, at, commandId);
        }
    }

    record ReserveRequest(String account, BigDecimal amount, Instant at, String commandId) implements CommandRequest {

        static ReserveRequest read(Fields f) {
            f.allow(fields("account", "amount"));
            return new ReserveRequest(f.identifier("account"), f.decimal("amount"), f.at(), f.commandId());
        }

        @Override
        public Object toCommand(String poolId, Instant at) {
            return new Reserve(poolId, account, amount, at, commandId);
        }
    }

    /** {@code amount} is optional: omitted (or {@code "all"}) cancels everything the account has queued. */
    record CancelReservationRequest(String account, BigDecimal amount, Instant at, String commandId)
            implements CommandRequest {

        static CancelReservationRequest read(Fields f) {
            f.allow(fields("account", "amount"));
            return new CancelReservationRequest(f.identifier("account"), f.decimalOrAll("amount", false), f.at(),
                    f.commandId());
        }

        @Override
        public Object toCommand(String poolId, Instant at) {
            return new CancelReservation(poolId, account, amount, at, commandId);
        }
    }

    record RealizeReservationsRequest(Instant at, String commandId) implements CommandRequest {

        static RealizeReservationsRequest read(Fields f) {
            f.allow(fields());
            return new RealizeReservationsRequest(f.at(), f.commandId());
        }

        @Override
        public Object toCommand(String poolId, Instant at) {
            return new RealizeReservations(poolId, at, commandId);
        }
    }

    record ConvertPrincipalRequest(String account, Instant at, String commandId) implements CommandRequest {

        static ConvertPrincipalRequest read(Fields f) {
            f.allow(fields("account"));
            return new ConvertPrincipalRequest(f.identifier("account"), f.at(), f.commandId());
        }

        @Override
        public Object toCommand(String poolId, Instant at) {
            return new ConvertPrincipal(poolId, account, at, commandId);
        }
    }
}
