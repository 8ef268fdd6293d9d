package io.stakingledger.core.earlystaking;

import io.stakingledger.core.common.Amount;
import io.stakingledger.core.common.CommandRejected;
import io.stakingledger.core.common.Decimals;
import io.stakingledger.core.common.Inputs;
import io.stakingledger.core.common.PoolEvent;
import io.stakingledger.core.common.Rounding;
import io.stakingledger.core.common.Shares;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The decisions of an early-staking pool (the sale curve, the share cap and the share price):
 * {@link #decide} reads the state and returns the complete list of events a command produces, or throws
 * {@link CommandRejected}; nothing is mutated.
 */
public final class EarlyStakingDecider {

    private final EarlyStakingState state;
    private final String poolId;

    private EarlyStakingDecider(EarlyStakingState state) {
        this.state = state;
        this.poolId = state.poolId();
    }

    /** The creation event, after checking the command. */
    public static EarlyStakingPoolCreated create(CreateEarlyStakingPool command) {
        Inputs.text("pool", command.poolId());
        Inputs.time(command.at());
        if (command.parameters() == null) {
            throw CommandRejected.invalid("parameters are required");
        }
        command.parameters().validate();
        return new EarlyStakingPoolCreated(command.poolId(),
                EarlyStakingPoolCreated.StoredParameters.from(command.parameters()), command.at());
    }

    /** The events {@code command} produces on {@code state}; pure. */
    public static List<PoolEvent> decide(EarlyStakingState state, EarlyStakingCommand command) {
        EarlyStakingDecider decider = new EarlyStakingDecider(state);
        if (command instanceof Purchase c) {
            return List.of(decider.purchase(c));
        } else if (command instanceof Stake c) {
            String account = Inputs.text("account", c.account());
            Amount amount = Amount.of(Inputs.positiveAmount("amount", c.amount()));
            return List.of(decider.stake(account, amount, c.at()));
        } else if (command instanceof ExerciseDcr c) {
            return decider.exerciseDcr(c);
        } else if (command instanceof Withdraw c) {
            return List.of(decider.withdraw(c));
        } else if (command instanceof CloseEpoch c) {
            return decider.closeEpoch(c.at());
        } else if (command instanceof Reserve c) {
            return List.of(decider.reserve(c));
        } else if (command instanceof CancelReservation c) {
            return decider.cancelReservation(c);
        } else if (command instanceof RealizeReservations c) {
            return decider.realizeReservations(c);
        } else if (command instanceof ConvertPrincipal c) {
            return List.of(decider.convertPrincipal(c));
        }
        throw new IllegalStateException("an early-staking command without a decision: " + command);
    }

    private List<PoolEvent> realizeReservations(RealizeReservations command) {
        if (state.queueEmpty()) {
            throw CommandRejected.conflict("the reservation queue is empty; nothing to realize");
        }
        List<PoolEvent> realized = new Realization(state, command.at()).run();
        if (realized.isEmpty()) {
            throw CommandRejected.limit("no weighted-share capacity remains (cap "
                    + state.shareCap().format() + "); "
                    + state.reservedTotal().format() + " KASH stay queued");
        }
        return realized;
    }

    private KashPurchased purchase(Purchase command) {
        String account = Inputs.text("account", command.account());
        BigDecimal amount = Inputs.positiveAmount("amount", command.amount());
        BigDecimal paidAmount = null;
        if (command.paidAmount() != null) {
            paidAmount = Inputs.nonNegativeAmount("paidAmount", command.paidAmount());
            Inputs.text("paidAsset (the asset paidAmount is in)", command.paidAsset());
        }
        Amount remaining = state.saleRemaining();
        if (Amount.of(amount).exceeds(remaining)) {
            throw CommandRejected.limit("purchase of " + Decimals.format(amount) + " KASH would pass the sale supply of "
                    + Decimals.format(state.parameters().saleSupply()) + ": only " + remaining.format()
                    + " KASH remain");
        }
        EpbCurve curve = state.curve();
        BigDecimal sold = state.sold().value();
        BigDecimal bonus = curve.effectiveBonusShown(sold, amount);
        BigDecimal dcr = curve.dcrEarned(sold, amount).value();
        return new KashPurchased(poolId, account, amount, paidAmount == null ? null : command.paidAsset(), paidAmount,
                sold, sold.add(amount), bonus, dcr, command.at());
    }

    private StakeDeposited stake(String account, Amount amount, Instant at) {
        StakingRules.requireOpen(state, "stakes");
        StakingRules.requireEmptyQueue(state);
        Shares shares = StakingRules.sharesFor(state.sharePrice(), amount);
        StakingRules.requireCapacity(state, state.weightedShares(), shares, "stake of " + amount.format() + " KASH");
        return new StakeDeposited(poolId, account, amount.value(), shares.value(), at);
    }

    private List<PoolEvent> exerciseDcr(ExerciseDcr command) {
        String account = Inputs.text("account", command.account());
        Amount dcr = Amount.of(Inputs.positiveAmount("dcr", command.dcr()));
        EarlyStakingAccount holder = state.findAccount(account).orElseThrow(() -> CommandRejected.notFound(
                "account " + account + " holds no DCR in pool " + poolId + " (it has made no purchase)"));
        StakingRules.requireOpen(state, "DCR exercises");
        if (dcr.exceeds(holder.dcrBalance())) {
            throw CommandRejected.limit("exercising " + dcr.format() + " DCR exceeds the account's unused DCR of "
                    + holder.dcrBalance().format());
        }
        List<PoolEvent> events = new ArrayList<>(2);
        SharePrice price = state.sharePrice();
        Shares principal = holder.principalShares();
        if (command.deposit() != null && command.deposit().signum() != 0) {
            Amount deposit = Amount.of(Inputs.positiveAmount("deposit", command.deposit()));
            StakeDeposited staked = stake(account, deposit, command.at());
            events.add(staked);
            Shares minted = Shares.of(staked.principalShares());
            principal = principal.plus(minted);
            price = price.plus(deposit, minted);
        }
        Amount exercisable = Valuation.exercisableDcr(price, holder.bought(), holder.dcrEarned(), principal,
                holder.virtualShares());
        if (dcr.exceeds(exercisable)) {
            throw CommandRejected.limit("exercising " + dcr.format() + " DCR exceeds the leverage limit: at most "
                    + exercisable.format() + " can be exercised now (max leverage "
                    + Decimals.format(Valuation.shown(Valuation.maxLeverage(holder))) + " over "
                    + principal.format() + " principal shares, with " + holder.virtualShares().format()
                    + " virtual shares and " + holder.debt().format() + " debt already held); stake more to raise it");
        }
        Shares virtual = StakingRules.sharesFor(price, dcr);
        StakingRules.requireCapacity(state, price.weightedShares(), virtual, "exercising " + dcr.format() + " DCR");
        // Virtual shares are minted rounded down, so they are worth a hair less than the debt they add;
        // the account's principal must cover that, or its debt would exceed its value.
        Shares accountShares = principal.plus(holder.virtualShares()).plus(virtual);
        if (Underwater.isUnderwater(accountShares, holder.debt().plus(dcr), price.plus(dcr, virtual))) {
            throw CommandRejected.limit("exercising " + dcr.format() + " DCR would leave the account's debt above "
                    + "the value of its shares; stake more first");
        }
        events.add(new DcrExercised(poolId, account, dcr.value(), virtual.value(), command.at()));
        return events;
    }

    private StakeWithdrawn withdraw(Withdraw command) {
        String account = Inputs.text("account", command.account());
        EarlyStakingAccount holder = state.findAccount(account)
                .filter(a -> a.weightedShares().isPositive())
                .orElseThrow(() -> CommandRejected.notFound("account " + account + " holds no shares in pool " + poolId));
        Amount withdrawable = Valuation.withdrawable(state, holder);
        if (command.amount() == null) {
            return fullWithdrawal(holder, withdrawable, command.at());
        }
        Amount amount = Amount.of(Inputs.positiveAmount("amount", command.amount()));
        if (amount.exceeds(withdrawable)) {
            throw CommandRejected.limit("withdrawal of " + amount.format() + " KASH exceeds the withdrawable balance of "
                    + withdrawable.format() + " KASH (value of the account's shares less its debt of "
                    + holder.debt().format() + ")");
        }
        if (amount.equals(withdrawable)) {
            return fullWithdrawal(holder, withdrawable, command.at());
        }
        SharePrice price = state.sharePrice();
        PartialWithdrawalBurn burn = PartialWithdrawalBurn.of(price, holder, amount);
        // When only dust would stay, the pool-favouring roundings could leave its debt above its value (or
        // debt with no share left at all), and the other accounts' claims would then add up to more than the
        // pool holds: take everything instead.
        if (leavesAccountUnderwater(price, holder, amount, burn)) {
            return fullWithdrawal(holder, withdrawable, command.at());
        }
        return new StakeWithdrawn(poolId, account, amount.value(), burn.principalSharesBurned().value(),
                burn.virtualSharesBurned().value(), burn.debtRepaid().value(), command.at());
    }

    private static boolean leavesAccountUnderwater(SharePrice price, EarlyStakingAccount holder, Amount amount,
                                                   PartialWithdrawalBurn burn) {
        Shares burned = burn.principalSharesBurned().plus(burn.virtualSharesBurned());
        SharePrice after = price.plus(amount.plus(burn.debtRepaid()).negate(), burned.negate());
        return Underwater.isUnderwater(holder.weightedShares().minus(burned), holder.debt().minus(burn.debtRepaid()),
                after);
    }

    private StakeWithdrawn fullWithdrawal(EarlyStakingAccount holder, Amount withdrawable, Instant at) {
        return new StakeWithdrawn(poolId, holder.account(), withdrawable.value(), holder.principalShares().value(),
                holder.virtualShares().value(), holder.debt().value(), at);
    }

    private List<PoolEvent> closeEpoch(Instant at) {
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
        List<PoolEvent> events = new ArrayList<>(realization.run());
        Amount reward = Amount.of(parameters.rewardOf(epoch)).plus(state.rewardCarried());
        SharePrice price = realization.priceAfter();
        boolean noShares = price.isInitial();
        Amount added = noShares ? Amount.ZERO : reward;
        Amount carried = noShares ? reward : Amount.ZERO;
        SharePrice after = price.plus(added, Shares.ZERO);
        events.add(new EpochClosed(poolId, epoch, scheduledEnd, added.value(), carried.value(), after.value(), at));
        return events;
    }

    private StakeReserved reserve(Reserve command) {
        String account = Inputs.text("account", command.account());
        BigDecimal amount = Inputs.positiveAmount("amount", command.amount());
        StakingRules.requireOpen(state, "reservations");
        return new StakeReserved(poolId, state.nextReservationId(), account, amount, command.at());
    }

    private List<PoolEvent> cancelReservation(CancelReservation command) {
        String account = Inputs.text("account", command.account());
        Amount queued = state.findAccount(account).map(EarlyStakingAccount::reserved).orElse(Amount.ZERO);
        if (queued.isZero()) {
            throw CommandRejected.notFound("account " + account + " has nothing queued in pool " + poolId);
        }
        Amount toCancel = command.amount() == null ? queued
                : Amount.of(Inputs.positiveAmount("amount", command.amount()));
        if (toCancel.exceeds(queued)) {
            throw CommandRejected.limit("cancelling " + toCancel.format() + " KASH exceeds the account's queued "
                    + queued.format() + " KASH");
        }
        // Latest entries go first, so the account keeps its earliest places in the queue.
        List<PoolEvent> events = new ArrayList<>();
        Amount left = toCancel;
        for (Reservation entry : state.reservationsOfLatestFirst(account)) {
            if (left.isZero()) {
                break;
            }
            Amount taken = entry.amount().min(left);
            events.add(new ReservationCancelled(poolId, entry.reservationId(), account, taken.value(), command.at()));
            left = left.minus(taken);
        }
        return events;
    }

    private PrincipalConverted convertPrincipal(ConvertPrincipal command) {
        String account = Inputs.text("account", command.account());
        EarlyStakingAccount holder = state.findAccount(account)
                .filter(a -> a.bought().signum() > 0)
                .orElseThrow(() -> CommandRejected.notFound("account " + account + " made no purchase in pool " + poolId
                        + "; the principal conversion right belongs to sale buyers"));
        PrincipalConversionRule.requireEligible(state, holder);
        SharePrice price = state.sharePrice();
        Amount bought = holder.bought();
        Shares principal = holder.principalShares();
        Shares shares = price.sharesFor(bought, Rounding.DEBIT);
        if (shares.exceeds(principal)) {
            throw CommandRejected.limit("the account's principal (" + principal.format()
                    + " shares, worth " + price.valueOf(principal, Rounding.CREDIT).format()
                    + " KASH) is worth less than the " + bought.format() + " KASH it bought");
        }
        return new PrincipalConverted(poolId, account, bought.value(), shares.value(), EarlyStakingAccount.asDecimals(holder.paid()),
                command.at());
    }
}
