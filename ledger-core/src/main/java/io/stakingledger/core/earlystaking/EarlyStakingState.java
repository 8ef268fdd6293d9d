package io.stakingledger.core.earlystaking;

import io.stakingledger.core.common.Decimals;
import io.stakingledger.core.common.ProgramState;
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
 * state exactly. The aggregate decides with it; the read models answer queries from it.
 */
public final class EarlyStakingState implements ProgramState {

    private String poolId;
    private EarlyStakingParameters parameters;
    private EpbCurve curve;
    private Instant createdAt;
    private Instant lastAt;
    private BigDecimal sold = Decimals.ZERO;
    private BigDecimal assets = Decimals.ZERO;
    private BigDecimal debt = Decimals.ZERO;
    private BigDecimal principalShares = Decimals.ZERO;
    private BigDecimal virtualShares = Decimals.ZERO;
    private int epochsClosed;
    private BigDecimal rewardsDistributed = Decimals.ZERO;
    private BigDecimal rewardCarried = Decimals.ZERO;
    private BigDecimal deposited = Decimals.ZERO;
    private BigDecimal paidOut = Decimals.ZERO;
    private BigDecimal converted = Decimals.ZERO;
    private BigDecimal reservedTotal = Decimals.ZERO;
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
        a.bought = a.bought.add(e.amount());
        a.dcrEarned = a.dcrEarned.add(e.dcrEarned());
        if (e.paidAsset() != null && e.paidAmount() != null) {
            a.paid.merge(e.paidAsset(), e.paidAmount(), BigDecimal::add);
        }
        sold = sold.add(e.amount());
        lastAt = e.at();
    }

    private void on(StakeDeposited e) {
        EarlyStakingAccount a = account(e.account());
        a.principalShares = a.principalShares.add(e.principalShares());
        a.deposited = a.deposited.add(e.amount());
        principalShares = principalShares.add(e.principalShares());
        assets = assets.add(e.amount());
        deposited = deposited.add(e.amount());
        lastAt = e.at();
    }

    private void on(DcrExercised e) {
        EarlyStakingAccount a = account(e.account());
        a.dcrUsed = a.dcrUsed.add(e.dcr());
        a.debt = a.debt.add(e.dcr());
        a.virtualShares = a.virtualShares.add(e.virtualShares());
        debt = debt.add(e.dcr());
        virtualShares = virtualShares.add(e.virtualShares());
        lastAt = e.at();
    }

    private void on(StakeWithdrawn e) {
        EarlyStakingAccount a = account(e.account());
        a.principalShares = a.principalShares.subtract(e.principalSharesBurned());
        a.virtualShares = a.virtualShares.subtract(e.virtualSharesBurned());
        a.debt = a.debt.subtract(e.debtRepaid());
        a.withdrawn = a.withdrawn.add(e.amount());
        a.everWithdrew = true;
        principalShares = principalShares.subtract(e.principalSharesBurned());
        virtualShares = virtualShares.subtract(e.virtualSharesBurned());
        debt = debt.subtract(e.debtRepaid());
        assets = assets.subtract(e.amount());
        paidOut = paidOut.add(e.amount());
        lastAt = e.at();
    }

    private void on(EpochClosed e) {
        epochsClosed = e.epoch();
        assets = assets.add(e.rewardAdded());
        rewardsDistributed = rewardsDistributed.add(e.rewardAdded());
        rewardCarried = e.rewardCarried();
        lastAt = e.at();
    }

    private void on(StakeReserved e) {
        queue.put(e.reservationId(), new Reservation(e.reservationId(), e.account(), e.amount(), e.at()));
        nextReservationId = Math.max(nextReservationId, e.reservationId() + 1);
        account(e.account()).reserved = account(e.account()).reserved.add(e.amount());
        reservedTotal = reservedTotal.add(e.amount());
        lastAt = e.at();
    }

    private void on(ReservationCancelled e) {
        takeFromQueue(e.reservationId(), e.account(), e.amount());
        lastAt = e.at();
    }

    private void on(ReservationRealized e) {
        takeFromQueue(e.reservationId(), e.account(), e.amount());
        on(new StakeDeposited(e.poolId(), e.account(), e.amount(), e.principalShares(), e.at()));
    }

    private void takeFromQueue(long reservationId, String account, BigDecimal amount) {
        Reservation entry = queue.get(reservationId);
        BigDecimal rest = entry.amount().subtract(amount);
        if (rest.signum() == 0) {
            queue.remove(reservationId);
        } else {
            queue.put(reservationId, new Reservation(reservationId, account, rest, entry.since()));
        }
        EarlyStakingAccount a = account(account);
        a.reserved = a.reserved.subtract(amount);
        reservedTotal = reservedTotal.subtract(amount);
    }

    private void on(PrincipalConverted e) {
        EarlyStakingAccount a = account(e.account());
        a.principalShares = a.principalShares.subtract(e.sharesConverted());
        a.virtualShares = a.virtualShares.add(e.sharesConverted());
        a.debt = a.debt.add(e.kashBurned());
        a.pcrUsed = true;
        e.refunds().forEach((asset, amount) -> a.refunded.merge(asset, amount, BigDecimal::add));
        principalShares = principalShares.subtract(e.sharesConverted());
        virtualShares = virtualShares.add(e.sharesConverted());
        debt = debt.add(e.kashBurned());
        assets = assets.subtract(e.kashBurned());
        converted = converted.add(e.kashBurned());
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
    public BigDecimal sold() {
        return sold;
    }

    public BigDecimal saleRemaining() {
        return parameters.saleSupply().subtract(sold);
    }

    /** KASH held: deposits + realized rewards − payouts − converted principal. */
    public BigDecimal assets() {
        return assets;
    }

    public BigDecimal debt() {
        return debt;
    }

    public BigDecimal principalShares() {
        return principalShares;
    }

    public BigDecimal virtualShares() {
        return virtualShares;
    }

    /** W = principal + virtual shares. */
    public BigDecimal weightedShares() {
        return principalShares.add(virtualShares);
    }

    /** Weighted shares that can still be minted before the cap. */
    public BigDecimal capacityLeft() {
        return parameters.shareCap().subtract(weightedShares()).max(Decimals.ZERO);
    }

    public SharePrice sharePrice() {
        return new SharePrice(assets.add(debt), weightedShares());
    }

    public int epochsClosed() {
        return epochsClosed;
    }

    /** True once all N epochs are closed: no more rewards, stakes or reservations. */
    public boolean ended() {
        return epochsClosed >= parameters.epochs();
    }

    public BigDecimal rewardsDistributed() {
        return rewardsDistributed;
    }

    /** Reward held back because no shares existed when its epoch closed. */
    public BigDecimal rewardCarried() {
        return rewardCarried;
    }

    /** Rewards of the epochs not yet closed (the carried reward is not included). */
    public BigDecimal rewardsRemaining() {
        BigDecimal remaining = Decimals.ZERO;
        for (int e = epochsClosed + 1; e <= parameters.epochs(); e++) {
            remaining = remaining.add(parameters.rewardOf(e));
        }
        return remaining;
    }

    /** ΣKASH staked, directly or through realized reservations. */
    public BigDecimal deposited() {
        return deposited;
    }

    public BigDecimal paidOut() {
        return paidOut;
    }

    /** ΣKASH burned by principal conversions. */
    public BigDecimal converted() {
        return converted;
    }

    /** ΣKASH waiting in the reservation queue. */
    public BigDecimal reservedTotal() {
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
