package io.stakingledger.app.pointsboost;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stakingledger.app.api.CommandKind;
import io.stakingledger.app.api.CommandRequest;
import io.stakingledger.app.api.JsonFields;
import io.stakingledger.app.api.ProgramApi;
import io.stakingledger.app.api.ViewRequest;
import io.stakingledger.core.common.CommandRejected;
import io.stakingledger.core.pointsboost.CreatePointsBoostPool;
import io.stakingledger.projections.LedgerViews;
import io.stakingledger.projections.pointsboost.PointsBoostReadModel;
import io.stakingledger.projections.pointsboost.PointsBoostViews;
import org.springframework.stereotype.Component;

import java.time.Instant;
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

    private static final Map<String, Class<? extends CommandRequest>> COMMANDS = Map.of(
            "Stake", StakeRequest.class,
            "Unstake", UnstakeRequest.class,
            "SetBasePoints", SetBasePointsRequest.class,
            "SetPrice", SetPriceRequest.class);

    /**
     * SetBasePoints names an account but is an input about it (its base points from other positions), not
     * the account's own action: an account must not set its own points, so it is the operator's.
     */
    private static final Map<String, CommandKind> KINDS = Map.of(
            "Stake", CommandKind.ACCOUNT,
            "Unstake", CommandKind.ACCOUNT,
            "SetBasePoints", CommandKind.OPERATOR,
            "SetPrice", CommandKind.OPERATOR);

    private final ObjectMapper mapper;

    public PointsBoostApi(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public String program() {
        return PointsBoostReadModel.PROGRAM;
    }

    @Override
    public Object createCommand(String poolId, JsonNode params, Instant at, String commandId) {
        Params parsed = JsonFields.read(mapper, params, Params.class, Params.DEFAULTS, "params: ");
        return new CreatePointsBoostPool(poolId, parsed.resolve(), at, commandId);
    }

    @Override
    public Map<String, Class<? extends CommandRequest>> commandTypes() {
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
    public Object view(String name, ViewRequest request, LedgerViews source) {
        return source.read(request.pool(), PointsBoostReadModel.class, model -> switch (name) {
            case "pool" -> PointsBoostViews.pool(model.state(), request.at());
            case "position" -> PointsBoostViews.position(model.state(), request.requireAccount(), request.at());
            default -> throw CommandRejected.invalid("unknown view " + name);
        });
    }
}
