package io.stakingledger.core.pointsboost;

import io.stakingledger.core.common.Amount;
import io.stakingledger.core.common.CommandRejected;
import io.stakingledger.core.common.Inputs;
import io.stakingledger.core.common.PoolEvent;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The decisions of a points-boost pool (docs/domain/points-boost.md): {@link #decide} reads the state and returns the
 * events a command produces (settling the account's points at the command's {@code at} under the rates
 * that held until then), or throws {@link CommandRejected}; nothing is mutated.
 */
public final class PointsBoostDecider {

    private final PointsBoostState state;
    private final String poolId;

    private PointsBoostDecider(PointsBoostState state) {
        this.state = state;
        this.poolId = state.poolId();
    }

    /** The creation event, after checking the command. */
    public static PointsBoostPoolCreated create(CreatePointsBoostPool command) {
        Inputs.text("pool", command.poolId());
        Inputs.time(command.at());
        if (command.parameters() == null) {
            throw CommandRejected.invalid("parameters are required");
        }
        command.parameters().validate();
        return new PointsBoostPoolCreated(command.poolId(), PointsBoostPoolCreated.StoredParameters.from(command.parameters()),
                command.at());
    }

    /** The events {@code command} produces on {@code state}; pure. */
    public static List<PoolEvent> decide(PointsBoostState state, PointsBoostCommand command) {
        PointsBoostDecider decider = new PointsBoostDecider(state);
        if (command instanceof Stake c) {
            return List.of(decider.stake(c));
        } else if (command instanceof Unstake c) {
            return List.of(decider.unstake(c));
        } else if (command instanceof SetBasePoints c) {
            return List.of(decider.setBasePoints(c));
        } else if (command instanceof SetPrice c) {
            return List.of(decider.setPrice(c));
        }
        throw new IllegalStateException("a points-boost command without a decision: " + command);
    }

    private PriceSet setPrice(SetPrice command) {
        BigDecimal price = Inputs.positiveAmount("price", command.price());
        return new PriceSet(poolId, price, command.at());
    }

    private Staked stake(Stake command) {
        String account = Inputs.text("account", command.account());
        Amount amount = Amount.of(Inputs.positiveAmount("amount", command.amount()));
        Instant at = command.at();
        PointsBoostAccount holder = state.findAccount(account)
                .orElseGet(() -> PointsBoostAccount.opened(account, at, state.price().priceSecondsAt(at)));
        PointsBoostParameters p = state.parameters();
        Amount stakedAfter = holder.staked().plus(amount);
        return new Staked(poolId, account, amount.value(), stakedAfter.value(),
                StakingMultiplier.atRoundingDown(p, holder, at),
                StakingMultiplier.dilutedRoundingDown(p, holder, stakedAfter.value(), at),
                pointsAccruedAt(holder, at).value(), at);
    }

    private Unstaked unstake(Unstake command) {
        String account = Inputs.text("account", command.account());
        Amount amount = Amount.of(Inputs.positiveAmount("amount", command.amount()));
        PointsBoostAccount holder = state.findAccount(account)
                .filter(PointsBoostAccount::hasStake)
                .orElseThrow(() -> CommandRejected.notFound("account " + account + " has nothing staked in pool " + poolId));
        UnstakeRule.requireWithinBalance(holder, amount);
        Instant at = command.at();
        return new Unstaked(poolId, account, amount.value(), holder.staked().minus(amount).value(),
                StakingMultiplier.atRoundingDown(state.parameters(), holder, at), pointsAccruedAt(holder, at).value(), at);
    }

    private BasePointsSet setBasePoints(SetBasePoints command) {
        String account = Inputs.text("account", command.account());
        BigDecimal pointsPerDay = Inputs.nonNegativeAmount("pointsPerDay", command.pointsPerDay());
        Amount settled = state.findAccount(account).map(a -> pointsAccruedAt(a, command.at())).orElse(Amount.ZERO);
        return new BasePointsSet(poolId, account, pointsPerDay, settled.value(), command.at());
    }

    /** The account's points settled so far plus what accrued since, as {@link PointsPosition#at} counts them. */
    private Amount pointsAccruedAt(PointsBoostAccount holder, Instant at) {
        return holder.pointsSettled()
                .plus(PointsAccrual.sinceSettlementRoundingDown(state.parameters(), holder, state.price(), at));
    }
}
