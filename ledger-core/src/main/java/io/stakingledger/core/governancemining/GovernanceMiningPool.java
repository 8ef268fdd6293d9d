package io.stakingledger.core.governancemining;

import io.stakingledger.core.common.CommandOutcome;
import io.stakingledger.core.common.CommandRejected;
import io.stakingledger.core.common.Decimals;
import io.stakingledger.core.common.Inputs;
import io.stakingledger.core.common.PoolAggregate;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.AggregateLifecycle;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The governance-mining pool aggregate (SPEC.md §3): the consistency boundary for the stakes, the
 * revenue-per-token accumulator and the burns. Every handler decides first, from the current state,
 * the complete list of events; only then are they applied, so a rejected command changes nothing.
 */
public class GovernanceMiningPool extends PoolAggregate<GovernanceMiningState> {


    protected GovernanceMiningPool() {
        super(new GovernanceMiningState());
        // for event sourcing
    }

    @CommandHandler
    public GovernanceMiningPool(CreateGovernanceMiningPool command) {
        super(new GovernanceMiningState());
        Inputs.text("pool", command.poolId());
        Inputs.time(command.at());
        if (command.parameters() == null) {
            throw CommandRejected.invalid("parameters are required");
        }
        command.parameters().validate();
        AggregateLifecycle.apply(new GovernanceMiningPoolCreated(command.poolId(), command.parameters(), command.at()),
                metadata(command.commandId()));
    }

    @CommandHandler
    public CommandOutcome handle(RequestStake command) {
        return decide(command.commandId(), command.at(), () -> {
            String account = Inputs.text("account", command.account());
            BigDecimal amount = tokenAmount("amount", command.amount());
            return List.of(new StakeRequested(poolId, account, amount, command.at()));
        });
    }

    @CommandHandler
    public CommandOutcome handle(IncludePending command) {
        return decide(command.commandId(), command.at(), () -> includePending(command.at()));
    }

    @CommandHandler
    public CommandOutcome handle(SweepFees command) {
        return decide(command.commandId(), command.at(), () -> List.of(sweep(command)));
    }

    @CommandHandler
    public CommandOutcome handle(Unstake command) {
        return decide(command.commandId(), command.at(), () -> List.of(unstake(command)));
    }

    @CommandHandler
    public CommandOutcome handle(Claim command) {
        return decide(command.commandId(), command.at(), () -> List.of(claim(command)));
    }

    // ---- rules ---------------------------------------------------------------------------------

    private List<Object> includePending(Instant at) {
        List<StakerState> waiting = state.pendingAccounts();
        if (waiting.isEmpty()) {
            throw CommandRejected.conflict("no stake is pending in pool " + poolId + "; nothing to include");
        }
        GovernanceMiningParameters parameters = state.parameters();
        BigDecimal revenuePerToken = state.revenuePerToken();
        List<Object> events = new ArrayList<>(waiting.size());
        for (StakerState staker : waiting) {
            BigDecimal added = staker.pendingAdd();
            BigDecimal settled = RevenuePerToken.earnedRoundingDown(staker.staked(), revenuePerToken,
                    staker.revenuePerTokenStart(), parameters);
            Instant effectiveStart = EffectiveStart.afterInclusion(staker.effectiveStart(), at, staker.staked(), added,
                    parameters.maturation());
            events.add(new PendingStakeIncluded(poolId, staker.account(), added, settled, staker.staked().add(added),
                    revenuePerToken, effectiveStart, at));
        }
        return events;
    }

    private FeesSwept sweep(SweepFees command) {
        BigDecimal amount = tokenAmount("amount", command.amount());
        BigDecimal staked = state.staked();
        BigDecimal rise = staked.signum() == 0
                ? RevenuePerToken.ZERO
                : RevenuePerToken.riseRoundingDown(state.undistributed().add(amount), staked);
        return new FeesSwept(poolId, amount, staked, rise, state.revenuePerToken().add(rise), command.at());
    }

    private Unstaked unstake(Unstake command) {
        StakerState staker = knownAccount(command.account());
        BigDecimal amount = tokenAmount("amount", command.amount());
        if (amount.compareTo(staker.staked()) > 0) {
            String pendingNote = staker.pendingAdd().signum() > 0
                    ? "; its pending " + Decimals.format(staker.pendingAdd())
                    + " KDX is not staked yet and can be unstaked only after it is included"
                    : "";
            throw CommandRejected.limit("unstaking " + Decimals.format(amount) + " KDX exceeds the account's stake of "
                    + Decimals.format(staker.staked()) + " KDX" + pendingNote);
        }
        GovernanceMiningParameters parameters = state.parameters();
        BigDecimal rate = UnstakePenalty.rate(parameters, staker.lastStake(), command.at());
        BigDecimal penalty = UnstakePenalty.penalty(parameters, amount, rate);
        BigDecimal settled = RevenuePerToken.earnedRoundingDown(staker.staked(), state.revenuePerToken(),
                staker.revenuePerTokenStart(), parameters);
        return new Unstaked(poolId, staker.account(), amount, penalty, amount.subtract(penalty), settled,
                staker.staked().subtract(amount), state.revenuePerToken(), command.at());
    }

    private RewardClaimed claim(Claim command) {
        StakerState staker = knownAccount(command.account());
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

    private StakerState knownAccount(String account) {
        Inputs.text("account", account);
        return state.findAccount(account).orElseThrow(() -> CommandRejected.notFound(
                "account " + account + " has never staked in pool " + poolId));
    }

    /** A positive KDX amount with at most the pool's precision in fractional digits, at scale 18. */
    private BigDecimal tokenAmount(String field, BigDecimal value) {
        BigDecimal amount = Inputs.positiveAmount(field, value);
        int precision = state.parameters().precision();
        if (amount.stripTrailingZeros().scale() > precision) {
            throw CommandRejected.invalid(field + " " + value.toPlainString() + " has more than " + precision
                    + " decimal places, the precision of the pool's token");
        }
        return amount;
    }
}
