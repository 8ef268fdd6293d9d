package io.stakingledger.app.voteescrow;

import io.stakingledger.app.api.CommandRequest;
import io.stakingledger.app.api.Fields;
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
import java.util.Map;

import static io.stakingledger.app.api.CommandRequest.fields;

/** The vote-escrow commands' fields as they arrive over REST or in a batch line (SPEC.md "Batch file format"). */
final class VoteEscrowRequests {

    private VoteEscrowRequests() {
    }

    /**
     * {@code CreatePool} params; every one optional (SPEC.md §4 defaults). {@code terms}, when given,
     * replaces the default table as a whole. {@code unlockWindow} is an ISO-8601 duration text
     * ({@code P7D}); a bare number is refused rather than taken as seconds.
     */
    record Params(Map<String, BigDecimal> terms, Duration unlockWindow, BigDecimal dailyEmission,
                  BigDecimal stakingShare, BigDecimal votingFeeShare) {

        static Params read(Fields f) {
            f.allow("terms", "unlockWindow", "dailyEmission", "stakingShare", "votingFeeShare");
            return new Params(f.optionalDecimalMap("terms", VoteEscrowParameters.MAX_TERMS),
                    f.optionalDuration("unlockWindow"), f.optionalDecimal("dailyEmission"),
                    f.optionalDecimal("stakingShare"), f.optionalDecimal("votingFeeShare"));
        }

        VoteEscrowParameters resolve() {
            return VoteEscrowParameters.of(terms, unlockWindow, dailyEmission, stakingShare, votingFeeShare);
        }
    }

    record LockRequest(String account, BigDecimal amount, String term, Instant at, String commandId)
            implements CommandRequest {

        static LockRequest read(Fields f) {
            f.allow(fields("account", "amount", "term"));
            return new LockRequest(f.identifier("account"), f.decimal("amount"), f.text("term"), f.at(), f.commandId());
        }

        @Override
        public Object toCommand(String poolId, Instant at) {
            return new Lock(poolId, account, amount, term, at, commandId);
        }
    }

    record UnlockRequest(String account, Instant at, String commandId) implements CommandRequest {

        static UnlockRequest read(Fields f) {
            f.allow(fields("account"));
            return new UnlockRequest(f.identifier("account"), f.at(), f.commandId());
        }

        @Override
        public Object toCommand(String poolId, Instant at) {
            return new Unlock(poolId, account, at, commandId);
        }
    }

    record EndRenewalRequest(String account, Instant at, String commandId) implements CommandRequest {

        static EndRenewalRequest read(Fields f) {
            f.allow(fields("account"));
            return new EndRenewalRequest(f.identifier("account"), f.at(), f.commandId());
        }

        @Override
        public Object toCommand(String poolId, Instant at) {
            return new EndRenewal(poolId, account, at, commandId);
        }
    }

    /** {@code amount} is optional: omitted, the pool's daily staking emission is distributed. */
    record DistributeRewardsRequest(BigDecimal amount, Instant at, String commandId) implements CommandRequest {

        static DistributeRewardsRequest read(Fields f) {
            f.allow(fields("amount"));
            return new DistributeRewardsRequest(f.optionalDecimal("amount"), f.at(), f.commandId());
        }

        @Override
        public Object toCommand(String poolId, Instant at) {
            return new DistributeRewards(poolId, amount, at, commandId);
        }
    }

    record VoteRequest(String account, String target, BigDecimal amount, Instant at, String commandId)
            implements CommandRequest {

        static VoteRequest read(Fields f) {
            f.allow(fields("account", "target", "amount"));
            return new VoteRequest(f.identifier("account"), f.identifier("target"), f.decimal("amount"), f.at(),
                    f.commandId());
        }

        @Override
        public Object toCommand(String poolId, Instant at) {
            return new Vote(poolId, account, target, amount, at, commandId);
        }
    }

    /** {@code fees}: the target's trade fees over the last 24 hours, in USD. */
    record RecordPoolFeesRequest(String target, BigDecimal fees, Instant at, String commandId)
            implements CommandRequest {

        static RecordPoolFeesRequest read(Fields f) {
            f.allow(fields("target", "fees"));
            return new RecordPoolFeesRequest(f.identifier("target"), f.decimal("fees"), f.at(), f.commandId());
        }

        @Override
        public Object toCommand(String poolId, Instant at) {
            return new RecordPoolFees(poolId, target, fees, at, commandId);
        }
    }

    /** {@code price}: USD per KSP. */
    record SetPriceRequest(BigDecimal price, Instant at, String commandId) implements CommandRequest {

        static SetPriceRequest read(Fields f) {
            f.allow(fields("price"));
            return new SetPriceRequest(f.decimal("price"), f.at(), f.commandId());
        }

        @Override
        public Object toCommand(String poolId, Instant at) {
            return new SetPrice(poolId, price, at, commandId);
        }
    }
}
