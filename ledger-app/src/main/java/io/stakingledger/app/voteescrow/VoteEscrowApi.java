package io.stakingledger.app.voteescrow;

import io.stakingledger.app.api.CommandBinding;
import io.stakingledger.app.api.ProgramApi;
import io.stakingledger.app.api.ViewRequest;
import io.stakingledger.core.common.CommandRejected;
import io.stakingledger.core.voteescrow.VoteEscrowDefinition;
import io.stakingledger.core.voteescrow.CreateVoteEscrowPool;
import io.stakingledger.projections.LedgerViews;
import io.stakingledger.projections.voteescrow.AprHistoryEntry;
import io.stakingledger.projections.voteescrow.PoolView;
import io.stakingledger.projections.voteescrow.PositionView;
import io.stakingledger.projections.voteescrow.VoteEscrowReadModel;
import io.stakingledger.projections.voteescrow.VoteEscrowViews;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The vote-escrow program (docs/domain/vote-escrow.md) on the REST API and in batch files. Every view honours the
 * request's {@code at}: renewals, unlock windows and rates are those of that instant.
 */
@Component
public class VoteEscrowApi implements ProgramApi {

    /** The program's commands: the records its sealed command interface permits. */
    private static final Map<String, CommandBinding> COMMANDS = CommandBinding.of(VoteEscrowDefinition.INSTANCE);

    /** The program's views and the type of each answer. */
    private static final Map<String, Class<? extends Record>> VIEWS = Map.of(
            "pool", PoolView.class,
            "position", PositionView.class,
            "aprHistory", AprHistory.class);

    @Override
    public String program() {
        return VoteEscrowReadModel.PROGRAM;
    }

    @Override
    public Class<? extends Record> parameters() {
        return VoteEscrowParams.class;
    }

    @Override
    public Object createCommand(String poolId, Record params, Instant at, String commandId) {
        return new CreateVoteEscrowPool(poolId, ((VoteEscrowParams) params).resolve(), at, commandId);
    }

    @Override
    public Map<String, CommandBinding> commands() {
        return COMMANDS;
    }

    @Override
    public Set<String> accountViews() {
        return Set.of("position");
    }

    @Override
    public Map<String, Class<? extends Record>> viewTypes() {
        return VIEWS;
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
