package io.stakingledger.core.earlystaking;

import io.stakingledger.core.common.CommandRejected;
import io.stakingledger.core.common.Decimals;
import io.stakingledger.core.common.Inputs;
import io.stakingledger.core.common.PoolEvent;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

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
            BigDecimal amount = Inputs.positiveAmount("amount", c.amount());
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
                    + Decimals.format(state.parameters().shareCap()) + "); "
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
        BigDecimal remaining = state.saleRemaining().value();
        if (amount.compareTo(remaining) > 0) {
            throw CommandRejected.limit("purchase of " + Decimals.format(amount) + " KASH would pass the sale supply of "
                    + Decimals.format(state.parameters().saleSupply()) + ": only " + Decimals.format(remaining)
                    + " KASH remain");
        }
        EpbCurve curve = state.curve();
        BigDecimal sold = state.sold().value();
        BigDecimal bonus = Decimals.down(curve.effectiveBonus(sold, amount));
        BigDecimal dcr = curve.dcrEarned(sold, amount);
        return new KashPurchased(poolId, account, amount, paidAmount == null ? null : command.paidAsset(), paidAmount,
                sold, sold.add(amount), bonus, dcr, command.at());
    }

    private StakeDeposited stake(String account, BigDecimal amount, Instant at) {
        StakingRules.requireOpen(state, "stakes");
        StakingRules.requireEmptyQueue(state);
        SharePrice price = state.sharePrice();
        BigDecimal shares = StakingRules.sharesFor(price, amount);
        StakingRules.requireCapacity(state, state.weightedShares().value(), shares, amount, "stake of " + Decimals.format(amount) + " KASH");
        return new StakeDeposited(poolId, account, amount, shares, at);
    }

    private List<PoolEvent> exerciseDcr(ExerciseDcr command) {
        String account = Inputs.text("account", command.account());
        BigDecimal dcr = Inputs.positiveAmount("dcr", command.dcr());
        EarlyStakingAccount holder = state.findAccount(account).orElseThrow(() -> CommandRejected.notFound(
                "account " + account + " holds no DCR in pool " + poolId + " (it has made no purchase)"));
        StakingRules.requireOpen(state, "DCR exercises");
        if (dcr.compareTo(holder.dcrBalance().value()) > 0) {
            throw CommandRejected.limit("exercising " + Decimals.format(dcr) + " DCR exceeds the account's unused DCR of "
                    + holder.dcrBalance().format());
        }
        List<PoolEvent> events = new ArrayList<>(2);
        SharePrice price = state.sharePrice();
        BigDecimal principal = holder.principalShares().value();
        BigDecimal weighted = state.weightedShares().value();
        if (command.deposit() != null && command.deposit().signum() != 0) {
            BigDecimal deposit = Inputs.positiveAmount("deposit", command.deposit());
            StakeDeposited staked = stake(account, deposit, command.at());
            events.add(staked);
            principal = principal.add(staked.principalShares());
            weighted = weighted.add(staked.principalShares());
            price = new SharePrice(price.backing().add(deposit), weighted);
        }
        BigDecimal exercisable = Valuation.exercisableDcr(price, holder.bought().value(), holder.dcrEarned().value(),
                principal, holder.virtualShares().value());
        if (dcr.compareTo(exercisable) > 0) {
            throw CommandRejected.limit("exercising " + Decimals.format(dcr) + " DCR exceeds the leverage limit: at most "
                    + Decimals.format(exercisable) + " can be exercised now (max leverage "
                    + Decimals.format(Decimals.down(Valuation.maxLeverage(holder))) + " over "
                    + Decimals.format(principal) + " principal shares, with " + holder.virtualShares().format()
                    + " virtual shares and " + holder.debt().format() + " debt already held); stake more to raise it");
        }
        BigDecimal virtual = StakingRules.sharesFor(price, dcr);
        StakingRules.requireCapacity(state, weighted, virtual, dcr, "exercising " + Decimals.format(dcr) + " DCR");
        // Virtual shares are minted rounded down, so they are worth a hair less than the debt they add;
        // the account's principal must cover that, or its debt would exceed its value.
        BigDecimal accountShares = principal.add(holder.virtualShares().value()).add(virtual);
        BigDecimal backingAfter = price.backing().add(dcr);
        BigDecimal sharesAfter = price.weightedShares().add(virtual);
        if (Underwater.isUnderwater(accountShares, holder.debt().value().add(dcr), backingAfter, sharesAfter)) {
            throw CommandRejected.limit("exercising " + Decimals.format(dcr) + " DCR would leave the account's debt above "
                    + "the value of its shares; stake more first");
        }
        events.add(new DcrExercised(poolId, account, dcr, virtual, command.at()));
        return events;
    }

    private StakeWithdrawn withdraw(Withdraw command) {
        String account = Inputs.text("account", command.account());
        EarlyStakingAccount holder = state.findAccount(account)
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
                    + holder.debt().format() + ")");
        }
        if (amount.compareTo(withdrawable) == 0) {
            return fullWithdrawal(holder, withdrawable, command.at());
        }
        SharePrice price = state.sharePrice();
        PartialWithdrawalBurn burn = PartialWithdrawalBurn.of(price, holder, amount);
        StakeWithdrawn partial = new StakeWithdrawn(poolId, account, amount, burn.principalSharesBurned(),
                burn.virtualSharesBurned(), burn.debtRepaid(), command.at());
        // When only dust would stay, the pool-favouring roundings could leave its debt above its value (or
        // debt with no share left at all), and the other accounts' claims would then add up to more than the
        // pool holds: take everything instead.
        return leavesAccountUnderwater(price, holder, partial) ? fullWithdrawal(holder, withdrawable, command.at())
                : partial;
    }

    private static boolean leavesAccountUnderwater(SharePrice price, EarlyStakingAccount holder, StakeWithdrawn withdrawal) {
        BigDecimal burned = withdrawal.principalSharesBurned().add(withdrawal.virtualSharesBurned());
        BigDecimal backingAfter = price.backing().subtract(withdrawal.amount()).subtract(withdrawal.debtRepaid());
        BigDecimal sharesAfter = price.weightedShares().subtract(burned);
        return Underwater.isUnderwater(holder.weightedShares().value().subtract(burned),
                holder.debt().value().subtract(withdrawal.debtRepaid()), backingAfter, sharesAfter);
    }

    private StakeWithdrawn fullWithdrawal(EarlyStakingAccount holder, BigDecimal withdrawable, Instant at) {
        return new StakeWithdrawn(poolId, holder.account(), withdrawable, holder.principalShares().value(),
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
        BigDecimal reward = parameters.rewardOf(epoch).add(state.rewardCarried().value());
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

    private List<PoolEvent> cancelReservation(CancelReservation command) {
        String account = Inputs.text("account", command.account());
        BigDecimal queued = state.findAccount(account).map(a -> a.reserved().value()).orElse(Decimals.ZERO);
        if (queued.signum() == 0) {
            throw CommandRejected.notFound("account " + account + " has nothing queued in pool " + poolId);
        }
        BigDecimal toCancel = command.amount() == null ? queued : Inputs.positiveAmount("amount", command.amount());
        if (toCancel.compareTo(queued) > 0) {
            throw CommandRejected.limit("cancelling " + Decimals.format(toCancel) + " KASH exceeds the account's queued "
                    + Decimals.format(queued) + " KASH");
        }
        // Latest entries go first, so the account keeps its earliest places in the queue.
        List<PoolEvent> events = new ArrayList<>();
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
        EarlyStakingAccount holder = state.findAccount(account)
                .filter(a -> a.bought().signum() > 0)
                .orElseThrow(() -> CommandRejected.notFound("account " + account + " made no purchase in pool " + poolId
                        + "; the principal conversion right belongs to sale buyers"));
        PrincipalConversionRule.requireEligible(state, holder);
        SharePrice price = state.sharePrice();
        BigDecimal bought = holder.bought().value();
        BigDecimal principal = holder.principalShares().value();
        BigDecimal shares = price.sharesForRoundingUp(bought);
        if (shares.compareTo(principal) > 0) {
            throw CommandRejected.limit("the account's principal (" + Decimals.format(principal)
                    + " shares, worth " + Decimals.format(price.valueRoundingDown(principal))
                    + " KASH) is worth less than the " + Decimals.format(bought) + " KASH it bought");
        }
        return new PrincipalConverted(poolId, account, bought, shares, new TreeMap<>(holder.paid()),
                command.at());
    }
}
