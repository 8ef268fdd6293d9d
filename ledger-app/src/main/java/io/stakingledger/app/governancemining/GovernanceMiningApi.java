package io.stakingledger.app.governancemining;

import io.stakingledger.app.api.CommandBinding;
import io.stakingledger.app.api.ProgramApi;
import io.stakingledger.app.api.ViewRequest;
import io.stakingledger.core.common.CommandRejected;
import io.stakingledger.core.governancemining.GovernanceMiningDefinition;
import io.stakingledger.core.common.Decimals;
import io.stakingledger.core.common.fields.OptionalField;
import io.stakingledger.core.governancemining.CreateGovernanceMiningPool;
import io.stakingledger.core.governancemining.GovernanceMiningState;
import io.stakingledger.core.governancemining.GovernanceMiningAccount;
import io.stakingledger.projections.LedgerViews;
import io.stakingledger.projections.governancemining.GovernanceMiningReadModel;
import io.stakingledger.projections.governancemining.GovernanceMiningViews;
import io.stakingledger.projections.governancemining.PenaltyView;
import io.stakingledger.projections.governancemining.PoolView;
import io.stakingledger.projections.governancemining.PositionView;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The governance-mining program (docs/domain/governance-mining.md) on the REST API and in batch files. */
@Component
public class GovernanceMiningApi implements ProgramApi {

    /** The program's commands: the records its sealed command interface permits. */
    private static final Map<String, CommandBinding> COMMANDS = CommandBinding.of(GovernanceMiningDefinition.INSTANCE);

    /** The program's views and the type of each answer. */
    private static final Map<String, Class<? extends Record>> VIEWS = Map.of(
            "pool", PoolView.class,
            "position", PositionView.class,
            "penalties", PenaltyHistory.class,
            "feeShareUsd", FeeShareUsd.class);

    @Override
    public String program() {
        return GovernanceMiningReadModel.PROGRAM;
    }

    @Override
    public Class<? extends Record> parameters() {
        return GovernanceMiningParams.class;
    }

    @Override
    public Object createCommand(String poolId, Record params, Instant at, String commandId) {
        return new CreateGovernanceMiningPool(poolId, ((GovernanceMiningParams) params).resolve(), at, commandId);
    }

    @Override
    public Map<String, CommandBinding> commands() {
        return COMMANDS;
    }

    @Override
    public Set<String> accountViews() {
        return Set.of("position", "penalties", "feeShareUsd");
    }

    @Override
    public Set<String> viewParameters(String view) {
        return view.equals("feeShareUsd") ? Set.of("dailyVolumeUsd", "days") : Set.of();
    }

    @Override
    public Map<String, Class<? extends Record>> viewTypes() {
        return VIEWS;
    }

    @Override
    public Collection<String> accounts(String pool, LedgerViews source) {
        return source.read(pool, GovernanceMiningReadModel.class,
                model -> model.state().accounts().stream().map(GovernanceMiningAccount::account).toList());
    }

    @Override
    public Object view(String name, ViewRequest request, LedgerViews source) {
        return source.read(request.pool(), GovernanceMiningReadModel.class, model -> switch (name) {
            case "pool" -> GovernanceMiningViews.pool(model.state(), request.at());
            case "position" -> GovernanceMiningViews.position(model.state(), request.requireAccount(), request.at());
            case "penalties" -> new PenaltyHistory(request.pool(), request.account(),
                    GovernanceMiningViews.penalties(model.state(), request.at(), request.account()));
            case "feeShareUsd" -> feeShareUsd(model.state(), request);
            default -> throw CommandRejected.invalid("unknown view " + name);
        });
    }

    private static FeeShareUsd feeShareUsd(GovernanceMiningState state, ViewRequest request) {
        String account = request.requireAccount();
        BigDecimal dailyVolumeUsd = nonNegative("dailyVolumeUsd", request.decimal("dailyVolumeUsd"));
        BigDecimal days = nonNegative("days", request.decimal("days"));
        // The estimate uses the stakes as they stand; the position view also applies the views' rule on at.
        BigDecimal staked = GovernanceMiningViews.position(state, account, request.at()).staked();
        return new FeeShareUsd(state.poolId(), account, dailyVolumeUsd, days, state.parameters().feeShare(), staked,
                state.staked(), GovernanceMiningViews.feeShareUsd(state, account, dailyVolumeUsd, days));
    }

    private static BigDecimal nonNegative(String name, BigDecimal value) {
        if (value.signum() < 0) {
            throw CommandRejected.invalid(name + " must not be negative, got " + Decimals.format(value));
        }
        return value;
    }

    /**
     * Every burn of the pool up to the view's instant, oldest first, optionally of one account.
     *
     * @param account the account the list is limited to, {@code null} for every account
     */
    public record PenaltyHistory(String pool, @OptionalField String account, List<PenaltyView> penalties) {
    }

    /**
     * The seed's USD estimate of an account's share of swap fees over {@code days} days:
     * dailyVolumeUsd × feeShare × staked / totalStaked × days, rounded down to 18 decimals. A display
     * estimate from the current stakes, not a ledger amount.
     */
    public record FeeShareUsd(String pool, String account, BigDecimal dailyVolumeUsd, BigDecimal days,
                              BigDecimal feeShare, BigDecimal staked, BigDecimal totalStaked, BigDecimal usd) {
    }
}
