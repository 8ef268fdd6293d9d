package io.stakingledger.app.voteescrow;

import io.stakingledger.app.api.CommandKind;
import io.stakingledger.app.api.Fields;
import io.stakingledger.app.api.ProgramApi;
import io.stakingledger.app.api.ViewRequest;
import io.stakingledger.core.common.CommandRejected;
import io.stakingledger.core.voteescrow.CreateVoteEscrowPool;
import io.stakingledger.projections.LedgerViews;
import io.stakingledger.projections.voteescrow.AprHistoryEntry;
import io.stakingledger.projections.voteescrow.VoteEscrowReadModel;
import io.stakingledger.projections.voteescrow.VoteEscrowViews;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.stakingledger.app.voteescrow.VoteEscrowRequests.*;

/**
 * The vote-escrow program (SPEC.md §4) on the REST API and in batch files. Every view honours the
 * request's {@code at}: renewals, unlock windows and rates are those of that instant.
 */
@Component
public class VoteEscrowApi implements ProgramApi {

    private static final Map<String, CommandReader> COMMANDS = Map.of(
            "Lock", LockRequest::read,
            "Unlock", UnlockRequest::read,
            "EndRenewal", EndRenewalRequest::read,
            "DistributeRewards", DistributeRewardsRequest::read,
            "Vote", VoteRequest::read,
            "RecordPoolFees", RecordPoolFeesRequest::read,
            "SetPrice", SetPriceRequest::read);

    private static final Map<String, CommandKind> KINDS = Map.of(
            "Lock", CommandKind.ACCOUNT,
            "Unlock", CommandKind.ACCOUNT,
            "EndRenewal", CommandKind.ACCOUNT,
            "Vote", CommandKind.ACCOUNT,
            "DistributeRewards", CommandKind.OPERATOR,
            "RecordPoolFees", CommandKind.OPERATOR,
            "SetPrice", CommandKind.OPERATOR);

    @Override
    public String program() {
        return VoteEscrowReadModel.PROGRAM;
    }

    @Override
    public Object readParams(Fields params) {
        return Params.read(params);
    }

    @Override
    public Object createCommand(String poolId, Object params, Instant at, String commandId) {
        return new CreateVoteEscrowPool(poolId, ((Params) params).resolve(), at, commandId);
    }

    @Override
    public Map<String, CommandReader> commands() {
        return COMMANDS;
    }

    @Override
    public Map<String, CommandKind> commandKinds() {
        return KINDS;
    }

    @Override
    public Set<String> accountViews() {
        return Set.of("position");
    }

    @Override
    public Set<String> views() {
        return Set.of("pool", "position", "aprHistory");
    }

    @Override
    public Collection<String> accounts(String pool, LedgerViews source) {
        return source.read(pool, VoteEscrowReadModel.class, model -> List.copyOf(model.state().accounts().keySet()));
    }

    @Override
    public Object view(String name, ViewRequest request, LedgerViews source) {
        return source.read(request.pool(), VoteEscrowReadModel.class, model -> switch (name) {
            case "pool" -> VoteEscrowViews.pool(model.state(), request.at());
            case "position" -> VoteEscrowViews.position(model.state(), request.requireAccount(), request.at());
            case "aprHistory" -> new AprHistory(request.pool(), VoteEscrowViews.aprHistory(model.state(), request.at()));
            default -> throw CommandRejected.invalid("unknown view " + name);
        });
    }

    /** One entry per distribution up to the view's instant, oldest first. */
    public record AprHistory(String pool, List<AprHistoryEntry> aprHistory) {
    }
}
