package io.stakingledger.core.earlystaking;

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
import java.util.TreeMap;

/**
 * The early-staking pool aggregate: the consistency boundary for the sale curve, the share cap and the
 * share price. Every handler decides first, from the current state, the complete list of events; only
 * then are they applied, so a rejected command changes nothing.
 */
public class EarlyStakingPool extends PoolAggregate<EarlyStakingState> {


    protected EarlyStakingPool() {
        super(new EarlyStakingState());
        // for event sourcing
    }

    @CommandHandler
    public EarlyStakingPool(CreateEarlyStakingPool command) {
        super(new EarlyStakingState());
        Inputs.text("pool", command.poolId());
        Inputs.time(command.at());
        if (command.parameters() == null) {
            throw CommandRejected.invalid("parameters are required");
        }
        command.parameters().validate();
        AggregateLifecycle.apply(new EarlyStakingPoolCreated(command.poolId(), command.parameters(), command.at()),
                metadata(command.commandId()));
    }

    @CommandHandler
    public CommandOutcome handle(Purchase command) {
        return decide(command.commandId(), command.at(), () -> List.of(purchase(command)));
    }

    @CommandHandler
    public CommandOutcome handle(Stake command) {
        return decide(command.commandId(), command.at(), () -> {
            String account = Inputs.text("account", command.account());
            BigDecimal amount = Inputs.positiveAmount("amount", command.amount());
            return List.of(stake(account, amount, command.at()));
        });
    }

    @CommandHandler
    public CommandOutcome handle(ExerciseDcr command) {
        return decide(command.commandId(), command.at(), () -> exerciseDcr(command));
    }

    @CommandHandler
    public CommandOutcome handle(Withdraw command) {
        return decide(command.commandId(), command.at(), () -> List.of(withdraw(command)));
    }

    @CommandHandler
    public CommandOutcome handle(CloseEpoch command) {
        return decide(command.commandId(), command.at(), () -> closeEpoch(command.at()));
    }

    @CommandHandler
    public CommandOutcome handle(Reserve command) {
        return decide(command.commandId(), command.at(), () -> List.of(reserve(command)));
    }

    @CommandHandler
    public CommandOutcome handle(CancelReservation command) {
        return decide(command.commandId(), command.at(), () -> cancelReservation(command));
    }

    @CommandHandler
    public CommandOutcome handle(RealizeReservations command) {
        return decide(command.commandId(), command.at(), () -> {
            if (state.queueEmpty()) {
                throw CommandRejected.conflict("the reservation queue is empty; nothing to realize");
            }
            List<Object> realized = new Realization(state, command.at()).run();
            if (realized.isEmpty()) {
                throw CommandRejected.limit("no weighted-share capacity remains (cap "
                        + Decimals.format(state.parameters().shareCap()) + "); "
                        + Decimals.format(state.reservedTotal()) + " KASH stay queued");
            }
            return realized;
        });
    }

    @CommandHandler
    public CommandOutcome handle(ConvertPrincipal command) {
        return decide(command.commandId(), command.at(), () -> List.of(convertPrincipal(command)));
    }

    // ---- rules ---------------------------------------------------------------------------------

    private KashPurchased purchase(Purchase command) {
        String account = Inputs.text("account", command.account());
        BigDecimal amount = Inputs.positiveAmount("amount", command.amount());
        BigDecimal paidAmount = null;
        if (command.paidAmount() != null) {
            paidAmount = Inputs.nonNegativeAmount("paidAmount", command.paidAmount());
            Inputs.text("paidAsset (the asset paidAmount is in)", command.paidAsset());
        }
        BigDecimal remaining = state.saleRemaining();
        if (amount.compareTo(remaining) > 0) {
            throw CommandRejected.limit("purchase of " + Decimals.format(amount) + " KASH would pass the sale supply of "
                    + Decimals.format(state.parameters().saleSupply()) + ": only " + Decimals.format(remaining)
                    + " KASH remain");
        }
        EpbCurve curve = state.curve();
        BigDecimal bonus = Decimals.down(curve.effectiveBonus(state.sold(), amount));
        BigDecimal dcr = curve.dcrEarned(state.sold(), amount);
        return new KashPurchased(poolId, account, amount, paidAmount == null ? null : command.paidAsset(), paidAmount,
                state.sold(), state.sold().add(amount), bonus, dcr, command.at());
    }

    private StakeDeposited stake(String account, BigDecimal amount, Instant at) {
        StakingRules.requireOpen(state, "stakes");
        StakingRules.requireEmptyQueue(state);
        SharePrice price = state.sharePrice();
        BigDecimal shares = StakingRules.sharesFor(price, amount);
        StakingRules.requireCapacity(state, state.weightedShares(), shares, amount, "stake of " + Decimals.format(amount) + " KASH");
        return new StakeDeposited(poolId, account, amount, shares, at);
    }

    private List<Object> exerciseDcr(ExerciseDcr command) {
        String account = Inputs.text("account", command.account());
        BigDecimal dcr = Inputs.positiveAmount("dcr", command.dcr());
        AccountState holder = state.findAccount(account).orElseThrow(() -> CommandRejected.notFound(
                "account " + account + " holds no DCR in pool " + poolId + " (it has made no purchase)"));
        StakingRules.requireOpen(state, "DCR exercises");
        if (dcr.compareTo(holder.dcrBalance()) > 0) {
            throw CommandRejected.limit("exercising " + Decimals.format(dcr) + " DCR exceeds the account's unused DCR of "
                    + Decimals.format(holder.dcrBalance()));
        }
        List<Object> events = new ArrayList<>(2);
        SharePrice price = state.sharePrice();
        BigDecimal principal = holder.principalShares();
        BigDecimal weighted = state.weightedShares();
        if (command.deposit() != null && command.deposit().signum() != 0) {
            BigDecimal deposit = Inputs.positiveAmount("deposit", command.deposit());
            StakeDeposited staked = stake(account, deposit, command.at());
            events.add(staked);
            principal = principal.add(staked.principalShares());
            weighted = weighted.add(staked.principalShares());
            price = new SharePrice(price.backing().add(deposit), weighted);
        }
        BigDecimal exercisable = Valuation.exercisableDcr(price, holder.bought(), holder.dcrEarned(), principal,
                holder.virtualShares());
        if (dcr.compareTo(exercisable) > 0) {
            throw CommandRejected.limit("exercising " + Decimals.format(dcr) + " DCR exceeds the leverage limit: at most "
                    + Decimals.format(exercisable) + " can be exercised now (max leverage "
                    + Decimals.format(Decimals.down(Valuation.maxLeverage(holder))) + " over "
                    + Decimals.format(principal) + " principal shares, with " + Decimals.format(holder.virtualShares())
                    + " virtual shares and " + Decimals.format(holder.debt()) + " debt already held); stake more to raise it");
        }
        BigDecimal virtual = StakingRules.sharesFor(price, dcr);
        StakingRules.requireCapacity(state, weighted, virtual, dcr, "exercising " + Decimals.format(dcr) + " DCR");
        // Virtual shares are minted rounded down, so they are worth a hair less than the debt they add;
        // the account's principal must cover that, or its debt would exceed its value.
        BigDecimal accountShares = principal.add(holder.virtualShares()).add(virtual);
        BigDecimal backingAfter = price.backing().add(dcr);
        BigDecimal sharesAfter = price.weightedShares().add(virtual);
        if (accountShares.multiply(backingAfter).compareTo(holder.debt().add(dcr).multiply(sharesAfter)) < 0) {
            throw CommandRejected.limit("exercising " + Decimals.format(dcr) + " DCR would leave the account's debt above "
                    + "the value of its shares; stake more first");
        }
        events.add(new DcrExercised(poolId, account, dcr, virtual, command.at()));
        return events;
    }

    private StakeWithdrawn withdraw(Withdraw command) {
        String account = Inputs.text("account", command.account());
        AccountState holder = state.findAccount(account)
                .filter(a -> a.weightedShares().signum() > 0)
                .orElseThrow(() -> CommandRejected.notFound("account " + account + " holds no shares in pool " + poolId));
        BigDecimal withdrawable = Valuation.withdrawable(state, holder);
        if (command.amount() == null) {
            return fullWithdrawal(holder, withdrawable, command.at());
        }
        BigDecimal amount = Inputs.positiveAmount("amount", command.amount());
        if (amount.compareTo(withdrawable) > 0) {
            throw CommandRejected.limit("withdrawal of " + Decimals.format(amount) + " KASH exceeds the withdrawable balance of "
                    + Decimals.format(withdrawable) + " KASH (value of the account's shares less its debt of "
                    + Decimals.format(holder.debt()) + ")");
        }
        if (amount.compareTo(withdrawable) == 0) {
            return fullWithdrawal(holder, withdrawable, command.at());
        }
        // rate = amount / withdrawable, exactly: amount × W / (W_acct × (assets + debt) − debt_acct × W).
        SharePrice price = state.sharePrice();
        BigDecimal scaledAmount = amount.multiply(price.weightedShares());
        BigDecimal denominator = Valuation.withdrawableNumerator(price, holder);
        StakeWithdrawn partial = new StakeWithdrawn(poolId, account, amount,
                Decimals.mulDivUp(holder.principalShares(), scaledAmount, denominator),
                Decimals.mulDivUp(holder.virtualShares(), scaledAmount, denominator),
                Decimals.mulDivDown(holder.debt(), scaledAmount, denominator),
                command.at());
        // When only dust would stay, the pool-favouring roundings could leave its debt above its value (or
        // debt with no share left at all), and the other accounts' claims would then add up to more than the
        // pool holds: take everything instead.
        return leavesAccountUnderwater(price, holder, partial) ? fullWithdrawal(holder, withdrawable, command.at())
                : partial;
    }

    private static boolean leavesAccountUnderwater(SharePrice price, AccountState holder, StakeWithdrawn withdrawal) {
        BigDecimal burned = withdrawal.principalSharesBurned().add(withdrawal.virtualSharesBurned());
        BigDecimal backingAfter = price.backing().subtract(withdrawal.amount()).subtract(withdrawal.debtRepaid());
        BigDecimal sharesAfter = price.weightedShares().subtract(burned);
        BigDecimal accountShares = holder.weightedShares().subtract(burned);
        BigDecimal accountDebt = holder.debt().subtract(withdrawal.debtRepaid());
        if (accountShares.signum() <= 0) {
            return accountDebt.signum() > 0;
        }
        return accountShares.multiply(backingAfter).compareTo(accountDebt.multiply(sharesAfter)) < 0;
    }

    private StakeWithdrawn fullWithdrawal(AccountState holder, BigDecimal withdrawable, Instant at) {
        return new StakeWithdrawn(poolId, holder.account(), withdrawable, holder.principalShares(),
                holder.virtualShares(), holder.debt(), at);
    }

    private List<Object> closeEpoch(Instant at) {
        EarlyStakingParameters parameters = state.parameters();
        if (state.ended()) {
            throw CommandRejected.conflict("all " + parameters.epochs() + " epochs of pool " + poolId
                    + " are closed; the pool has ended");
        }
        int epoch = state.epochsClosed() + 1;
        Instant scheduledEnd = parameters.endOf(epoch);
        if (at.isBefore(scheduledEnd)) {
            throw CommandRejected.conflict("epoch " + epoch + " ends at " + scheduledEnd
                    + "; it cannot be closed at " + at);
        }
        Realization realization = new Realization(state, at);
        List<Object> events = new ArrayList<>(realization.run());
        BigDecimal reward = parameters.rewardOf(epoch).add(state.rewardCarried());
        SharePrice price = realization.priceAfter();
        boolean noShares = price.isInitial();
        BigDecimal added = noShares ? Decimals.ZERO : reward;
        BigDecimal carried = noShares ? reward : Decimals.ZERO;
        SharePrice after = new SharePrice(price.backing().add(added), price.weightedShares());
        events.add(new EpochClosed(poolId, epoch, scheduledEnd, added, carried, after.value(), at));
        return events;
    }

    private StakeReserved reserve(Reserve command) {
        String account = Inputs.text("account", command.account());
        BigDecimal amount = Inputs.positiveAmount("amount", command.amount());
        StakingRules.requireOpen(state, "reservations");
        return new StakeReserved(poolId, state.nextReservationId(), account, amount, command.at());
    }

    private List<Object> cancelReservation(CancelReservation command) {
        String account = Inputs.text("account", command.account());
        BigDecimal queued = state.findAccount(account).map(AccountState::reserved).orElse(Decimals.ZERO);
        if (queued.signum() == 0) {
            throw CommandRejected.notFound("account " + account + " has nothing queued in pool " + poolId);
        }
        BigDecimal toCancel = command.amount() == null ? queued : Inputs.positiveAmount("amount", command.amount());
        if (toCancel.compareTo(queued) > 0) {
            throw CommandRejected.limit("cancelling " + Decimals.format(toCancel) + " KASH exceeds the account's queued "
                    + Decimals.format(queued) + " KASH");
        }
        // Latest entries go first, so the account keeps its earliest places in the queue.
        List<Object> events = new ArrayList<>();
        BigDecimal left = toCancel;
        for (Reservation entry : state.reservationsOfLatestFirst(account)) {
            if (left.signum() == 0) {
                break;
            }
            BigDecimal taken = entry.amount().min(left);
            events.add(new ReservationCancelled(poolId, entry.reservationId(), account, taken, command.at()));
            left = left.subtract(taken);
        }
        return events;
    }

    private PrincipalConverted convertPrincipal(ConvertPrincipal command) {
        String account = Inputs.text("account", command.account());
        AccountState holder = state.findAccount(account)
                .filter(a -> a.bought().signum() > 0)
                .orElseThrow(() -> CommandRejected.notFound("account " + account + " made no purchase in pool " + poolId
                        + "; the principal conversion right belongs to sale buyers"));
        PrincipalConversionRule.requireEligible(state, holder);
        SharePrice price = state.sharePrice();
        BigDecimal shares = price.sharesForRoundingUp(holder.bought());
        if (shares.compareTo(holder.principalShares()) > 0) {
            throw CommandRejected.limit("the account's principal (" + Decimals.format(holder.principalShares())
                    + " shares, worth " + Decimals.format(price.valueRoundingDown(holder.principalShares()))
                    + " KASH) is worth less than the " + Decimals.format(holder.bought()) + " KASH it bought");
        }
        return new PrincipalConverted(poolId, account, holder.bought(), shares, new TreeMap<>(holder.paid()),
                command.at());
    }
}
