package io.stakingledger.app.pointsboost;

import io.stakingledger.app.api.CommandBinding;
import io.stakingledger.app.api.ProgramApi;
import io.stakingledger.app.api.ViewRequest;
import io.stakingledger.core.common.CommandRejected;
import io.stakingledger.core.pointsboost.PointsBoostDefinition;
import io.stakingledger.core.pointsboost.CreatePointsBoostPool;
import io.stakingledger.core.pointsboost.PointsBoostAccount;
import io.stakingledger.projections.LedgerViews;
import io.stakingledger.projections.pointsboost.PointsBoostReadModel;
import io.stakingledger.projections.pointsboost.PointsBoostViews;
import io.stakingledger.projections.pointsboost.PoolView;
import io.stakingledger.projections.pointsboost.PositionView;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * The points-boost program (docs/domain/points-boost.md) on the REST API and in batch files. Both views take an optional
 * {@code at}: the multiplier, the boosted rate and the accrued points are evaluated at that instant
 * (default: the pool's latest event), in constant time however far ahead it lies.
 */
@Component
public class PointsBoostApi implements ProgramApi {

    /** The program's commands: the records its sealed command interface permits. */
    private static final Map<String, CommandBinding> COMMANDS = CommandBinding.of(PointsBoostDefinition.INSTANCE);

    /** The program's views and the type of each answer. */
    private static final Map<String, Class<? extends Record>> VIEWS = Map.of(
            "pool", PoolView.class,
            "position", PositionView.class);

    @Override
    public String program() {
        return PointsBoostReadModel.PROGRAM;
    }

    @Override
    public Class<? extends Record> parameters() {
        return PointsBoostParams.class;
    }

    @Override
    public Object createCommand(String poolId, Record params, Instant at, String commandId) {
        return new CreatePointsBoostPool(poolId, ((PointsBoostParams) params).resolve(), at, commandId);
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
        return source.read(pool, PointsBoostReadModel.class,
                model -> model.state().accounts().stream().map(PointsBoostAccount::account).toList());
    }

    @Override
    public Object view(String name, ViewRequest request, LedgerViews source) {
        return source.read(request.pool(), PointsBoostReadModel.class, model -> switch (name) {
            case "pool" -> PointsBoostViews.pool(model.state(), request.at());
            case "position" -> PointsBoostViews.position(model.state(), request.requireAccount(), request.at());
            default -> throw CommandRejected.invalid("unknown view " + name);
        });
    }
}
