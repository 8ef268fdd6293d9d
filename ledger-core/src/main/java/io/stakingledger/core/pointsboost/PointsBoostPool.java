package io.stakingledger.core.pointsboost;

import io.stakingledger.core.common.CommandOutcome;
import io.stakingledger.core.common.CommandRejected;
import io.stakingledger.core.common.Decimals;
import io.stakingledger.core.common.Inputs;
import io.stakingledger.core.common.PoolAggregate;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.AggregateLifecycle;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The points-boost pool aggregate (SPEC.md §2): the consistency boundary for each account's staked
 * balance, staking multiplier and accrued points. Each handler decides from the current state the
 * complete list of events (settling the account's points at the command's {@code at} under the rates
 * that held until then) and only then applies them, so a rejected command changes nothing.
 */
public class PointsBoostPool extends PoolAggregate<PointsBoostState> {


    protected PointsBoostPool() {
        super(new PointsBoostState());
        // for event sourcing
    }

    @CommandHandler
    public PointsBoostPool(CreatePointsBoostPool command) {
        super(new PointsBoostState());
        Inputs.text("pool", command.poolId());
        Inputs.time(command.at());
        if (command.parameters() == null) {
            throw CommandRejected.invalid("parameters are required");
        }
        command.parameters().validate();
        AggregateLifecycle.apply(new PointsBoostPoolCreated(command.poolId(), command.parameters(), command.at()),
                metadata(command.commandId()));
    }

    @CommandHandler
    public CommandOutcome handle(Stake command) {
        return decide(command.commandId(), command.at(), () -> List.of(stake(command)));
    }

    @CommandHandler
    public CommandOutcome handle(Unstake command) {
        return decide(command.commandId(), command.at(), () -> List.of(unstake(command)));
    }

    @CommandHandler
    public CommandOutcome handle(SetBasePoints command) {
        return decide(command.commandId(), command.at(), () -> List.of(setBasePoints(command)));
    }

    @CommandHandler
    public CommandOutcome handle(SetPrice command) {
        return decide(command.commandId(), command.at(), () -> {
            BigDecimal price = Inputs.positiveAmount("price", command.price());
            return List.of(new PriceSet(poolId, price, command.at()));
        });
    }

    // ---- rules ---------------------------------------------------------------------------------

    private Staked stake(Stake command) {
        String account = Inputs.text("account", command.account());
        BigDecimal amount = Inputs.positiveAmount("amount", command.amount());
        Instant at = command.at();
        PointsBoostAccount holder = state.findAccount(account)
                .orElseGet(() -> PointsBoostAccount.opened(account, at, state.price().priceSecondsAt(at)));
        PointsBoostParameters p = state.parameters();
        BigDecimal stakedAfter = holder.staked().add(amount);
        return new Staked(poolId, account, amount, stakedAfter,
                StakingMultiplier.atRoundingDown(p, holder, at),
                StakingMultiplier.dilutedRoundingDown(p, holder, stakedAfter, at),
                pointsAccruedAt(holder, at), at);
    }

    private Unstaked unstake(Unstake command) {
        String account = Inputs.text("account", command.account());
        BigDecimal amount = Inputs.positiveAmount("amount", command.amount());
        PointsBoostAccount holder = state.findAccount(account)
                .filter(PointsBoostAccount::hasStake)
                .orElseThrow(() -> CommandRejected.notFound("account " + account + " has nothing staked in pool " + poolId));
        UnstakeRule.requireWithinBalance(holder, amount);
        Instant at = command.at();
        return new Unstaked(poolId, account, amount, holder.staked().subtract(amount),
                StakingMultiplier.atRoundingDown(state.parameters(), holder, at), pointsAccruedAt(holder, at), at);
    }

    private BasePointsSet setBasePoints(SetBasePoints command) {
        String account = Inputs.text("account", command.account());
        BigDecimal pointsPerDay = Inputs.nonNegativeAmount("pointsPerDay", command.pointsPerDay());
        BigDecimal settled = state.findAccount(account).map(a -> pointsAccruedAt(a, command.at())).orElse(Decimals.ZERO);
        return new BasePointsSet(poolId, account, pointsPerDay, settled, command.at());
    }

    private BigDecimal pointsAccruedAt(PointsBoostAccount holder, Instant at) {
        return PointsPosition.at(state.parameters(), state.price(), holder, at).pointsAccrued();
    }
}
