package io.stakingledger.core.pointsboost;

import io.stakingledger.core.common.Amount;
import io.stakingledger.core.common.CommandRejected;
import io.stakingledger.core.common.ProgramState;
import io.stakingledger.core.common.UnknownEvent;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The state of one points-boost pool as the fold of its events. Events carry the settled points and the
 * multipliers they computed, so applying one is plain replacement and addition; the only arithmetic done
 * here is the exact (unrounded) running integral of the price. Pool totals are kept as running sums, so
 * no query scans the accounts.
 */
public final class PointsBoostState implements ProgramState {

    private String poolId;
    private PointsBoostParameters parameters;
    private Instant createdAt;
    private Instant lastAt;
    private CumulativePrice price;
    private Amount totalStaked = Amount.ZERO;
    private Amount totalBasePointsPerDay = Amount.ZERO;
    private int stakers;
    private final Map<String, PointsBoostAccount> accounts = new HashMap<>();

    @Override
    public void evolve(Object event) {
        if (event instanceof PointsBoostPoolCreated e) {
            on(e);
        } else if (event instanceof Staked e) {
            on(e);
        } else if (event instanceof Unstaked e) {
            on(e);
        } else if (event instanceof BasePointsSet e) {
            on(e);
        } else if (event instanceof PriceSet e) {
            on(e);
        } else {
            throw new UnknownEvent(PointsBoostDefinition.PROGRAM, event);
        }
    }

    private void on(PointsBoostPoolCreated e) {
        poolId = e.poolId();
        parameters = e.parameters().toParameters();
        createdAt = e.at();
        lastAt = e.at();
        price = CumulativePrice.initial(e.at());
    }

    private void on(Staked e) {
        PointsBoostAccount before = account(e.account(), e.at());
        if (!before.hasStake()) {
            stakers++;
        }
        accounts.put(e.account(), settle(before, e.pointsAccrued(), e.at())
                .withStake(e.stakedAfter())
                .anchored(e.multiplierAfter(), e.at()));
        totalStaked = totalStaked.plus(Amount.of(e.amount()));
        lastAt = e.at();
    }

    private void on(Unstaked e) {
        PointsBoostAccount after = settle(account(e.account(), e.at()), e.pointsAccrued(), e.at()).withStake(e.stakedAfter());
        if (!after.hasStake()) {
            // The multiplier stops growing while nothing is staked; freeze it at its value now.
            after = after.anchored(e.stakingMultiplier(), e.at());
            stakers--;
        }
        accounts.put(e.account(), after);
        totalStaked = totalStaked.minus(Amount.of(e.amount()));
        lastAt = e.at();
    }

    private void on(BasePointsSet e) {
        PointsBoostAccount before = account(e.account(), e.at());
        totalBasePointsPerDay = totalBasePointsPerDay.minus(before.basePointsPerDay()).plus(Amount.of(e.pointsPerDay()));
        accounts.put(e.account(), settle(before, e.pointsAccrued(), e.at()).withBasePoints(e.pointsPerDay()));
        lastAt = e.at();
    }

    private void on(PriceSet e) {
        price = price.changedTo(e.price(), e.at());
        lastAt = e.at();
    }

    private PointsBoostAccount settle(PointsBoostAccount account, BigDecimal points, Instant at) {
        return account.settled(points, at, price.priceSecondsAt(at));
    }

    private PointsBoostAccount account(String account, Instant at) {
        PointsBoostAccount known = accounts.get(account);
        return known != null ? known : PointsBoostAccount.opened(account, at, price.priceSecondsAt(at));
    }

    // ---- reading -------------------------------------------------------------------------------

    public boolean exists() {
        return poolId != null;
    }

    @Override
    public String poolId() {
        return poolId;
    }

    @Override
    public Instant lastAt() {
        return lastAt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public PointsBoostParameters parameters() {
        return parameters;
    }

    /** The token price and its running integral. */
    public CumulativePrice price() {
        return price;
    }

    /** Σ tokens staked over all accounts (18 decimals), as the views answer it. */
    public BigDecimal totalStaked() {
        return totalStaked.value();
    }

    /** Σ base points per day over all accounts (18 decimals), as the views answer it. */
    public BigDecimal totalBasePointsPerDay() {
        return totalBasePointsPerDay.value();
    }

    /** Number of accounts with tokens staked. */
    public int stakers() {
        return stakers;
    }

    /** Number of accounts that ever staked or had base points set. */
    public int accountCount() {
        return accounts.size();
    }

    public Optional<PointsBoostAccount> findAccount(String account) {
        return Optional.ofNullable(accounts.get(account));
    }

    public Collection<PointsBoostAccount> accounts() {
        return Collections.unmodifiableCollection(accounts.values());
    }

    /**
     * The account's numbers at {@code t}, or empty for an account this pool has never seen. O(1).
     *
     * @throws CommandRejected (invalid input) if {@code t} is earlier than the pool's latest event: this state
     *                         keeps only the current price, so earlier instants need a fold cut at {@code t}
     */
    public Optional<PointsPosition> positionAt(String account, Instant t) {
        Instant when = viewedAt(Objects.requireNonNull(t, "t"));
        return findAccount(account).map(a -> PointsPosition.at(parameters, price, a, when));
    }

}
