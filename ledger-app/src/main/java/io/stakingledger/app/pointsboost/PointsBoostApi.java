package io.stakingledger.app.pointsboost;

import io.stakingledger.app.api.CommandKind;
import io.stakingledger.app.api.Fields;
import io.stakingledger.app.api.ProgramApi;
import io.stakingledger.app.api.ViewRequest;
import io.stakingledger.core.common.CommandRejected;
import io.stakingledger.core.pointsboost.CreatePointsBoostPool;
import io.stakingledger.core.pointsboost.PointsBoostAccount;
import io.stakingledger.projections.LedgerViews;
import io.stakingledger.projections.pointsboost.PointsBoostReadModel;
import io.stakingledger.projections.pointsboost.PointsBoostViews;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Set;

import static io.stakingledger.app.pointsboost.PointsBoostRequests.*;

/**
 * The points-boost program (SPEC.md §2) on the REST API and in batch files. Both views take an optional
 * {@code at}: the multiplier, the boosted rate and the accrued points are evaluated at that instant
 * (default: the pool's latest event), in constant time however far ahead it lies.
 */
@Component
public class PointsBoostApi implements ProgramApi {

    private static final Map<String, CommandReader> COMMANDS = Map.of(
            "Stake", StakeRequest::read,
            "Unstake", UnstakeRequest::read,
            "SetBasePoints", SetBasePointsRequest::read,
            "SetPrice", SetPriceRequest::read);

    /**
     * SetBasePoints names an account but is an input about it (its base points from other positions), not
     * the account's own action: an account must not set its own points, so it is the operator's.
     */
    private static final Map<String, CommandKind> KINDS = Map.of(
            "Stake", CommandKind.ACCOUNT,
            "Unstake", CommandKind.ACCOUNT,
            "SetBasePoints", CommandKind.OPERATOR,
            "SetPrice", CommandKind.OPERATOR);

    @Override
    public String program() {
        return PointsBoostReadModel.PROGRAM;
    }

    @Override
    public Object readParams(Fields params) {
        return Params.read(params);
    }

    @Override
    public Object createCommand(String poolId, Object params, Instant at, String commandId) {
        return new CreatePointsBoostPool(poolId, ((Params) params).resolve(), at, commandId);
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
        return Set.of("pool", "position");
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
