package io.stakingledger.app.earlystaking;

import io.stakingledger.app.api.CommandBinding;
import io.stakingledger.app.api.ProgramApi;
import io.stakingledger.app.api.ViewRequest;
import io.stakingledger.core.common.CommandRejected;
import io.stakingledger.core.earlystaking.EarlyStakingDefinition;
import io.stakingledger.core.earlystaking.CreateEarlyStakingPool;
import io.stakingledger.core.earlystaking.EarlyStakingAccount;
import io.stakingledger.projections.LedgerViews;
import io.stakingledger.projections.earlystaking.EarlyStakingReadModel;
import io.stakingledger.projections.earlystaking.EarlyStakingViews;
import io.stakingledger.projections.earlystaking.EpbCurveView;
import io.stakingledger.projections.earlystaking.PoolView;
import io.stakingledger.projections.earlystaking.PositionView;
import io.stakingledger.projections.earlystaking.PurchasePreview;
import io.stakingledger.projections.earlystaking.ReservationEntryView;
import io.stakingledger.projections.earlystaking.SharePriceRow;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The early-staking program (docs/domain/early-staking.md) on the REST API and in batch files. */
@Component
public class EarlyStakingApi implements ProgramApi {

    /** The program's commands: the records its sealed command interface permits. */
    private static final Map<String, CommandBinding> COMMANDS = CommandBinding.of(EarlyStakingDefinition.INSTANCE);

    /** The program's views and the type of each answer. */
    private static final Map<String, Class<? extends Record>> VIEWS = Map.of(
            "pool", PoolView.class,
            "position", PositionView.class,
            "sharePrices", SharePriceHistory.class,
            "purchasePreview", PurchasePreview.class,
            "reservations", ReservationQueue.class,
            "epbCurve", EpbCurveView.class);

    @Override
    public String program() {
        return EarlyStakingReadModel.PROGRAM;
    }

    @Override
    public Class<? extends Record> parameters() {
        return EarlyStakingParams.class;
    }

    @Override
    public Object createCommand(String poolId, Record params, Instant at, String commandId) {
        return new CreateEarlyStakingPool(poolId, ((EarlyStakingParams) params).resolve(at), at, commandId);
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
    public Set<String> viewParameters(String view) {
        return view.equals("purchasePreview") ? Set.of("amount") : Set.of();
    }

    @Override
    public Object view(String name, ViewRequest request, LedgerViews source) {
        return source.read(request.pool(), EarlyStakingReadModel.class, model -> switch (name) {
            case "pool" -> EarlyStakingViews.pool(model);
            case "position" -> EarlyStakingViews.position(model, request.requireAccount())
                    .orElseThrow(() -> CommandRejected.notFound("account " + request.account()
                            + " has no position in pool " + request.pool()));
            case "sharePrices" -> new SharePriceHistory(request.pool(), EarlyStakingViews.sharePrices(model));
            case "purchasePreview" -> EarlyStakingViews.purchasePreview(model, request.decimal("amount"));
            case "epbCurve" -> EarlyStakingViews.epbCurve(model);
            case "reservations" -> new ReservationQueue(request.pool(), EarlyStakingViews.reservations(model));
            default -> throw CommandRejected.invalid("unknown view " + name);
        });
    }

    @Override
    public Collection<String> accounts(String pool, LedgerViews source) {
        return source.read(pool, EarlyStakingReadModel.class,
                model -> model.state().accounts().stream().map(EarlyStakingAccount::account).toList());
    }

    /** The share price after each closed epoch, oldest first. */
    public record SharePriceHistory(String pool, List<SharePriceRow> sharePrices) {
    }

    /** The reservation queue, head first. */
    public record ReservationQueue(String pool, List<ReservationEntryView> queue) {
    }
}
