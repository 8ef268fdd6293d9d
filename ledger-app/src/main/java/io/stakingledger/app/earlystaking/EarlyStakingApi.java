package io.stakingledger.app.earlystaking;

import io.stakingledger.app.api.CommandKind;
import io.stakingledger.app.api.Fields;
import io.stakingledger.app.api.ProgramApi;
import io.stakingledger.app.api.ViewRequest;
import io.stakingledger.core.common.CommandRejected;
import io.stakingledger.core.earlystaking.AccountState;
import io.stakingledger.core.earlystaking.CreateEarlyStakingPool;
import io.stakingledger.projections.LedgerViews;
import io.stakingledger.projections.earlystaking.EarlyStakingReadModel;
import io.stakingledger.projections.earlystaking.EarlyStakingViews;
import io.stakingledger.projections.earlystaking.ReservationEntryView;
import io.stakingledger.projections.earlystaking.SharePriceRow;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.stakingledger.app.earlystaking.EarlyStakingRequests.*;

/** The early-staking program (SPEC.md §1) on the REST API and in batch files. */
@Component
public class EarlyStakingApi implements ProgramApi {

    private static final Map<String, CommandReader> COMMANDS = Map.of(
            "Purchase", PurchaseRequest::read,
            "Stake", StakeRequest::read,
            "ExerciseDcr", ExerciseDcrRequest::read,
            "Withdraw", WithdrawRequest::read,
            "CloseEpoch", CloseEpochRequest::read,
            "Reserve", ReserveRequest::read,
            "CancelReservation", CancelReservationRequest::read,
            "RealizeReservations", RealizeReservationsRequest::read,
            "ConvertPrincipal", ConvertPrincipalRequest::read);

    /** Keeper work is the operator's; every other command is an action of the account it names. */
    private static final Map<String, CommandKind> KINDS = Map.of(
            "Purchase", CommandKind.ACCOUNT,
            "Stake", CommandKind.ACCOUNT,
            "ExerciseDcr", CommandKind.ACCOUNT,
            "Withdraw", CommandKind.ACCOUNT,
            "Reserve", CommandKind.ACCOUNT,
            "CancelReservation", CommandKind.ACCOUNT,
            "ConvertPrincipal", CommandKind.ACCOUNT,
            "CloseEpoch", CommandKind.OPERATOR,
            "RealizeReservations", CommandKind.OPERATOR);

    @Override
    public String program() {
        return EarlyStakingReadModel.PROGRAM;
    }

    @Override
    public Object readParams(Fields params) {
        return Params.read(params);
    }

    @Override
    public Object createCommand(String poolId, Object params, Instant at, String commandId) {
        return new CreateEarlyStakingPool(poolId, ((Params) params).resolve(at), at, commandId);
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
        return Set.of("pool", "position", "sharePrices", "purchasePreview", "reservations", "epbCurve");
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
                model -> model.state().accounts().stream().map(AccountState::account).toList());
    }

    /** The share price after each closed epoch, oldest first. */
    public record SharePriceHistory(String pool, List<SharePriceRow> sharePrices) {
    }

    /** The reservation queue, head first. */
    public record ReservationQueue(String pool, List<ReservationEntryView> queue) {
    }
}
