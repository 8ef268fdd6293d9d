package io.stakingledger.core.earlystaking;

import io.stakingledger.core.common.Amount;
import io.stakingledger.core.common.ProgramState;
import io.stakingledger.core.common.Shares;
import io.stakingledger.core.common.UnknownEvent;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The state of one early-staking pool as the fold of its events. Events carry every computed number
 * (shares minted, debt repaid, ...), so applying one is plain addition and a replay reproduces the
 * state exactly. The aggregate decides with it; the read models answer queries from it. KASH figures are
 * {@link Amount}s and share counts {@link Shares}, converted from the events' decimals as they are applied.
 */
public final class EarlyStakingState implements ProgramState {

    private String poolId;
    private EarlyStakingParameters parameters;
    private EpbCurve curve;
    private Instant createdAt;
    private Instant lastAt;
    private Amount sold = Amount.ZERO;
    private Amount assets = Amount.ZERO;
    private Amount debt = Amount.ZERO;
    private Shares principalShares = Shares.ZERO;
    private Shares virtualShares = Shares.ZERO;
    private int epochsClosed;
    private Amount rewardsDistributed = Amount.ZERO;
    private Amount rewardCarried = Amount.ZERO;
    private Amount deposited = Amount.ZERO;
    private Amount paidOut = Amount.ZERO;
    private Amount converted = Amount.ZERO;
    private Amount reservedTotal = Amount.ZERO;
    private long nextReservationId = 1;
    private final Map<String, EarlyStakingAccount> accounts = new HashMap<>();
    private final LinkedHashMap<Long, Reservation> queue = new LinkedHashMap<>();

    @Override
    public void evolve(Object event) {
        if (event instanceof EarlyStakingPoolCreated e) {
            on(e);
        } else if (event instanceof KashPurchased e) {
            on(e);
        } else if (event instanceof StakeDeposited e) {
            on(e);
        } else if (event instanceof DcrExercised e) {
            on(e);
        } else if (event instanceof StakeWithdrawn e) {
            on(e);
        } else if (event instanceof EpochClosed e) {
            on(e);
        } else if (event instanceof StakeReserved e) {
            on(e);
        } else if (event instanceof ReservationCancelled e) {
            on(e);
        } else if (event instanceof ReservationRealized e) {
            on(e);
        } else if (event instanceof PrincipalConverted e) {
            on(e);
        } else {
            throw new UnknownEvent(EarlyStakingDefinition.PROGRAM, event);
        }
    }

    private void on(EarlyStakingPoolCreated e) {
        poolId = e.poolId();
        parameters = e.parameters().toParameters();
        curve = EpbCurve.fit(parameters);
        createdAt = e.at();
        lastAt = e.at();
    }

    private void on(KashPurchased e) {
        EarlyStakingAccount a = account(e.account());
        Amount bought = Amount.of(e.amount());
        a.bought = a.bought.plus(bought);
        a.dcrEarned = a.dcrEarned.plus(Amount.of(e.dcrEarned()));
        if (e.paidAsset() != null && e.paidAmount() != null) {
            a.paid.merge(e.paidAsset(), Amount.of(e.paidAmount()), Amount::plus);
        }
        sold = sold.plus(bought);
        lastAt = e.at();
    }

    private void on(StakeDeposited e) {
        deposit(e.account(), Amount.of(e.amount()), Shares.of(e.principalShares()));
        lastAt = e.at();
    }

    private void deposit(String account, Amount amount, Shares shares) {
        EarlyStakingAccount a = account(account);
        a.principalShares = a.principalShares.plus(shares);
        a.deposited = a.deposited.plus(amount);
        principalShares = principalShares.plus(shares);
        assets = assets.plus(amount);
        deposited = deposited.plus(amount);
    }

    private void on(DcrExercised e) {
        EarlyStakingAccount a = account(e.account());
        Amount dcr = Amount.of(e.dcr());
        Shares virtual = Shares.of(e.virtualShares());
        a.dcrUsed = a.dcrUsed.plus(dcr);
        a.debt = a.debt.plus(dcr);
        a.virtualShares = a.virtualShares.plus(virtual);
        debt = debt.plus(dcr);
        virtualShares = virtualShares.plus(virtual);
        lastAt = e.at();
    }

    private void on(StakeWithdrawn e) {
        EarlyStakingAccount a = account(e.account());
        Shares principalBurned = Shares.of(e.principalSharesBurned());
        Shares virtualBurned = Shares.of(e.virtualSharesBurned());
        Amount repaid = Amount.of(e.debtRepaid());
        Amount amount = Amount.of(e.amount());
        a.principalShares = a.principalShares.minus(principalBurned);
        a.virtualShares = a.virtualShares.minus(virtualBurned);
        a.debt = a.debt.minus(repaid);
        a.withdrawn = a.withdrawn.plus(amount);
        a.everWithdrew = true;
        principalShares = principalShares.minus(principalBurned);
        virtualShares = virtualShares.minus(virtualBurned);
        debt = debt.minus(repaid);
        assets = assets.minus(amount);
        paidOut = paidOut.plus(amount);
        lastAt = e.at();
    }

    private void on(EpochClosed e) {
        Amount added = Amount.of(e.rewardAdded());
        epochsClosed = e.epoch();
        assets = assets.plus(added);
        rewardsDistributed = rewardsDistributed.plus(added);
        rewardCarried = Amount.of(e.rewardCarried());
        lastAt = e.at();
    }

    private void on(StakeReserved e) {
        Amount amount = Amount.of(e.amount());
        queue.put(e.reservationId(), new Reservation(e.reservationId(), e.account(), amount, e.at()));
        nextReservationId = Math.max(nextReservationId, e.reservationId() + 1);
        EarlyStakingAccount a = account(e.account());
        a.reserved = a.reserved.plus(amount);
        reservedTotal = reservedTotal.plus(amount);
        lastAt = e.at();
    }

    private void on(ReservationCancelled e) {
        takeFromQueue(e.reservationId(), e.account(), Amount.of(e.amount()));
        lastAt = e.at();
    }

    private void on(ReservationRealized e) {
        takeFromQueue(e.reservationId(), e.account(), Amount.of(e.amount()));
        deposit(e.account(), Amount.of(e.amount()), Shares.of(e.principalShares()));
        lastAt = e.at();
    }

    private void takeFromQueue(long reservationId, String account, Amount amount) {
        Reservation entry = queue.get(reservationId);
        Amount rest = entry.amount().minus(amount);
        if (rest.isZero()) {
            queue.remove(reservationId);
        } else {
            queue.put(reservationId, new Reservation(reservationId, account, rest, entry.since()));
        }
        EarlyStakingAccount a = account(account);
        a.reserved = a.reserved.minus(amount);
        reservedTotal = reservedTotal.minus(amount);
    }

    private void on(PrincipalConverted e) {
        EarlyStakingAccount a = account(e.account());
        Shares convertedShares = Shares.of(e.sharesConverted());
        Amount burned = Amount.of(e.kashBurned());
        a.principalShares = a.principalShares.minus(convertedShares);
        a.virtualShares = a.virtualShares.plus(convertedShares);
        a.debt = a.debt.plus(burned);
        a.pcrUsed = true;
        e.refunds().forEach((asset, amount) -> a.refunded.merge(asset, Amount.of(amount), Amount::plus));
        principalShares = principalShares.minus(convertedShares);
        virtualShares = virtualShares.plus(convertedShares);
        debt = debt.plus(burned);
        assets = assets.minus(burned);
        converted = converted.plus(burned);
        lastAt = e.at();
    }

    private EarlyStakingAccount account(String account) {
        return accounts.computeIfAbsent(account, EarlyStakingAccount::new);
    }

    // ---- reading -------------------------------------------------------------------------------

    public boolean exists() {
        return poolId != null;
    }

    @Override
    public String poolId() {
        return poolId;
    }

    public EarlyStakingParameters parameters() {
        return parameters;
    }

    public EpbCurve curve() {
        return curve;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** Business time of the pool's latest event. */
    @Override
    public Instant lastAt() {
        return lastAt;
    }

    /** KASH sold in the sale so far (q). */
    public Amount sold() {
        return sold;
    }

    public Amount saleRemaining() {
        return Amount.of(parameters.saleSupply()).minus(sold);
    }

    /** KASH held: deposits + realized rewards − payouts − converted principal. */
    public Amount assets() {
        return assets;
    }

    public Amount debt() {
        return debt;
    }

    public Shares principalShares() {
        return principalShares;
    }

    public Shares virtualShares() {
        return virtualShares;
    }

    /** W = principal + virtual shares. */
    public Shares weightedShares() {
        return principalShares.plus(virtualShares);
    }

    /** Weighted shares that can still be minted before the cap. */
    public Shares capacityLeft() {
        return shareCap().minus(weightedShares()).max(Shares.ZERO);
    }

    /** The parameter {@code shareCap} as a share count. */
    public Shares shareCap() {
        return Shares.of(parameters.shareCap());
    }

    public SharePrice sharePrice() {
        return new SharePrice(assets.plus(debt), weightedShares());
    }

    public int epochsClosed() {
        return epochsClosed;
    }

    /** True once all N epochs are closed: no more rewards, stakes or reservations. */
    public boolean ended() {
        return epochsClosed >= parameters.epochs();
    }

    public Amount rewardsDistributed() {
        return rewardsDistributed;
    }

    /** Reward held back because no shares existed when its epoch closed. */
    public Amount rewardCarried() {
        return rewardCarried;
    }

    /** Rewards of the epochs not yet closed (the carried reward is not included). */
    public Amount rewardsRemaining() {
        Amount remaining = Amount.ZERO;
        for (int e = epochsClosed + 1; e <= parameters.epochs(); e++) {
            remaining = remaining.plus(Amount.of(parameters.rewardOf(e)));
        }
        return remaining;
    }

    /** ΣKASH staked, directly or through realized reservations. */
    public Amount deposited() {
        return deposited;
    }

    public Amount paidOut() {
        return paidOut;
    }

    /** ΣKASH burned by principal conversions. */
    public Amount converted() {
        return converted;
    }

    /** ΣKASH waiting in the reservation queue. */
    public Amount reservedTotal() {
        return reservedTotal;
    }

    public long nextReservationId() {
        return nextReservationId;
    }

    public Optional<EarlyStakingAccount> findAccount(String account) {
        return Optional.ofNullable(accounts.get(account));
    }

    public Collection<EarlyStakingAccount> accounts() {
        return Collections.unmodifiableCollection(accounts.values());
    }

    /** The reservation queue, head first. */
    public List<Reservation> queue() {
        return new ArrayList<>(queue.values());
    }

    public boolean queueEmpty() {
        return queue.isEmpty();
    }

    /** Queue entries of one account, latest first (the order in which cancellation takes them). */
    public List<Reservation> reservationsOfLatestFirst(String account) {
        List<Reservation> own = new ArrayList<>();
        for (Reservation r : queue.values()) {
            if (r.account().equals(account)) {
                own.add(r);
            }
        }
        Collections.reverse(own);
        return own;
    }
}
