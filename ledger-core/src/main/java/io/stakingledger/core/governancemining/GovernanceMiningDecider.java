package io.stakingledger.core.governancemining;

import io.stakingledger.core.common.Amount;
import io.stakingledger.core.common.CommandRejected;
import io.stakingledger.core.common.Decimals;
import io.stakingledger.core.common.Inputs;
import io.stakingledger.core.common.PoolEvent;
import io.stakingledger.core.common.Rate;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The decisions of a governance-mining pool (docs/domain/governance-mining.md): {@link #decide} reads the state and returns the
 * complete list of events a command produces, or throws {@link CommandRejected}; nothing is mutated.
 */
public final class GovernanceMiningDecider {

    private final GovernanceMiningState state;
    private final String poolId;

    private GovernanceMiningDecider(GovernanceMiningState state) {
        this.state = state;
        this.poolId = state.poolId();
    }

    /** The creation event, after checking the command. */
    public static GovernanceMiningPoolCreated create(CreateGovernanceMiningPool command) {
        Inputs.text("pool", command.poolId());
        Inputs.time(command.at());
        if (command.parameters() == null) {
            throw CommandRejected.invalid("parameters are required");
        }
        command.parameters().validate();
        return new GovernanceMiningPoolCreated(command.poolId(),
                GovernanceMiningPoolCreated.StoredParameters.from(command.parameters()), command.at());
    }

    /** The events {@code command} produces on {@code state}; pure. */
    public static List<PoolEvent> decide(GovernanceMiningState state, GovernanceMiningCommand command) {
        GovernanceMiningDecider decider = new GovernanceMiningDecider(state);
        if (command instanceof RequestStake c) {
            return List.of(decider.requestStake(c));
        } else if (command instanceof IncludePending c) {
            return decider.includePending(c.at());
        } else if (command instanceof SweepFees c) {
            return List.of(decider.sweep(c));
        } else if (command instanceof Unstake c) {
            return List.of(decider.unstake(c));
        } else if (command instanceof Claim c) {
            return List.of(decider.claim(c));
        }
        throw new IllegalStateException("a governance-mining command without a decision: " + command);
    }

    private StakeRequested requestStake(RequestStake command) {
        String account = Inputs.text("account", command.account());
        Amount amount = tokenAmount("amount", command.amount());
        return new StakeRequested(poolId, account, amount.value(), command.at());
    }

    private List<PoolEvent> includePending(Instant at) {
        List<GovernanceMiningAccount> waiting = state.pendingAccounts();
        if (waiting.isEmpty()) {
            throw CommandRejected.conflict("no stake is pending in pool " + poolId + "; nothing to include");
        }
        GovernanceMiningParameters parameters = state.parameters();
        Rate revenuePerToken = state.revenuePerTokenRate();
        List<PoolEvent> events = new ArrayList<>(waiting.size());
        for (GovernanceMiningAccount staker : waiting) {
            Amount added = staker.pendingAdd;
            Amount settled = RevenuePerToken.earned(staker.staked, revenuePerToken, staker.revenuePerTokenStart,
                    parameters);
            Instant effectiveStart = EffectiveStart.afterInclusion(staker.effectiveStart(), at, staker.staked(),
                    added.value(), parameters.maturation());
            events.add(new PendingStakeIncluded(poolId, staker.account(), added.value(), settled.value(),
                    staker.staked.plus(added).value(), revenuePerToken.value(), effectiveStart, at));
        }
        return events;
    }

    private FeesSwept sweep(SweepFees command) {
        Amount amount = tokenAmount("amount", command.amount());
        Amount staked = state.stakedAmount();
        Rate rise = staked.isZero()
                ? Rate.ZERO
                : RevenuePerToken.rise(state.undistributed().add(amount.value()), staked);
        return new FeesSwept(poolId, amount.value(), staked.value(), rise.value(),
                state.revenuePerTokenRate().plus(rise).value(), command.at());
    }

    private Unstaked unstake(Unstake command) {
        GovernanceMiningAccount staker = knownAccount(command.account());
        Amount amount = tokenAmount("amount", command.amount());
        if (amount.exceeds(staker.staked)) {
            String pendingNote = staker.pendingAdd.isPositive()
                    ? "; its pending " + staker.pendingAdd.format()
                    + " KDX is not staked yet and can be unstaked only after it is included"
                    : "";
            throw CommandRejected.limit("unstaking " + amount.format() + " KDX exceeds the account's stake of "
                    + staker.staked.format() + " KDX" + pendingNote);
        }
        GovernanceMiningParameters parameters = state.parameters();
        BigDecimal rate = UnstakePenalty.rate(parameters, staker.lastStake(), command.at());
        Amount penalty = UnstakePenalty.penalty(parameters, amount, rate);
        Amount settled = RevenuePerToken.earned(staker.staked, state.revenuePerTokenRate(),
                staker.revenuePerTokenStart, parameters);
        return new Unstaked(poolId, staker.account(), amount.value(), penalty.value(), amount.minus(penalty).value(),
                settled.value(), staker.staked.minus(amount).value(), state.revenuePerToken(), command.at());
    }

    private RewardClaimed claim(Claim command) {
        GovernanceMiningAccount staker = knownAccount(command.account());
        ClaimQuote quote = ClaimQuote.of(state, staker, command.at());
        if (quote.claimableFrom() == null) {
            throw CommandRejected.conflict("account " + staker.account() + " has not been included in pool " + poolId
                    + " yet (pending " + Decimals.format(staker.pendingAdd()) + " KDX), so it has no reward to claim");
        }
        if (!quote.cooldownOver()) {
            String since = staker.lastClaim() != null ? "its last claim at " + staker.lastClaim()
                    : "its first inclusion at " + staker.firstInclusion();
            throw CommandRejected.conflict("account " + staker.account() + " can claim once every "
                    + TimeMath.describe(state.parameters().claimCooldown()) + " (counted from " + since + "); its next claim is possible at "
                    + quote.claimableFrom());
        }
        if (quote.reward().signum() == 0) {
            throw CommandRejected.conflict("account " + staker.account() + " has no reward to claim yet (no fees were "
                    + "shared over its stake since its last claim)");
        }
        return new RewardClaimed(poolId, staker.account(), quote.rewardSettled(), quote.reward(), quote.penaltyRate(),
                quote.penalty(), quote.net(), state.revenuePerToken(), command.at());
    }

    private GovernanceMiningAccount knownAccount(String account) {
        Inputs.text("account", account);
        return state.findAccount(account).orElseThrow(() -> CommandRejected.notFound(
                "account " + account + " has never staked in pool " + poolId));
    }

    /** A positive KDX amount with at most the pool's precision in fractional digits. */
    private Amount tokenAmount(String field, BigDecimal value) {
        Amount amount = Amount.of(Inputs.positiveAmount(field, value));
        int precision = state.parameters().precision();
        if (amount.value().stripTrailingZeros().scale() > precision) {
            throw CommandRejected.invalid(field + " " + value.toPlainString() + " has more than " + precision
                    + " decimal places, the precision of the pool's token");
        }
        return amount;
    }
}
