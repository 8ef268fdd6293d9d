package io.stakingledger.app.bench;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stakingledger.core.common.Amount;
import io.stakingledger.core.common.Decimals;
import io.stakingledger.core.common.Rounding;
import io.stakingledger.core.common.Shares;
import io.stakingledger.core.earlystaking.DcrExercised;
import io.stakingledger.core.earlystaking.EarlyStakingAccount;
import io.stakingledger.core.earlystaking.EarlyStakingParameters;
import io.stakingledger.core.earlystaking.EarlyStakingPoolCreated;
import io.stakingledger.core.earlystaking.EarlyStakingState;
import io.stakingledger.core.earlystaking.EpbCurve;
import io.stakingledger.core.earlystaking.EpochClosed;
import io.stakingledger.core.earlystaking.KashPurchased;
import io.stakingledger.core.earlystaking.PrincipalConversionRule;
import io.stakingledger.core.earlystaking.PrincipalConverted;
import io.stakingledger.core.earlystaking.Reservation;
import io.stakingledger.core.earlystaking.ReservationCancelled;
import io.stakingledger.core.earlystaking.ReservationRealized;
import io.stakingledger.core.earlystaking.SharePrice;
import io.stakingledger.core.earlystaking.StakeDeposited;
import io.stakingledger.core.earlystaking.StakeReserved;
import io.stakingledger.core.earlystaking.StakeWithdrawn;
import io.stakingledger.core.earlystaking.Valuation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * A seeded, deterministic history of one early-staking pool in the batch format (docs/domain/README.md): purchases
 * across the whole sale, stakes, DCR exercises (some with a deposit), partial and full withdrawals,
 * reservations once the cap binds (with cancellations and realizations), principal conversions from
 * epoch N/2 and every CloseEpoch on schedule.
 *
 * <p>Amounts are sized from a mirror of the pool: the generator builds the events the pool would
 * record, with the same exact formulas, and folds them through {@link EarlyStakingState}, so the
 * commands it writes are valid (a mirror that drifted would show up as rejections in the benchmark).
 * The same seed and sizes always give the same lines.
 */
public final class EarlyStakingHistory {

    /**
     * 2025-01-01: pool creation; the first epoch starts four days later. The whole history, 52 weekly epochs,
     * lies in the past: the ledger refuses business times ahead of its clock.
     */
    public static final Instant CREATED = Instant.parse("2025-01-01T00:00:00Z");
    public static final Instant START = Instant.parse("2025-01-05T00:00:00Z");
    /** A cap below the 30,000,000 weighted shares the sale can create, so that it binds and queues form. */
    public static final BigDecimal SHARE_CAP = new BigDecimal("5000000");
    private static final BigDecimal PAID_PER_KASH = new BigDecimal("0.5");
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    /** Accounts waiting in the reservation queue at most; beyond it, stakes wait instead of queueing. */
    static final int MAX_QUEUED_ACCOUNTS = 2_000;

    private final String pool;
    private final int accounts;
    private final long commands;
    private final SplittableRandom random;
    private final EarlyStakingState mirror = new EarlyStakingState();
    private final EarlyStakingParameters parameters;
    private final EpbCurve curve;
    private final BigDecimal[] wallet;
    private final IndexSet stakers;
    private final IndexSet reservers;
    private int introduced;
    private Instant now = CREATED;
    private long written;
    private Consumer<ObjectNode> out;

    public EarlyStakingHistory(String pool, long seed, int accounts, long commands) {
        if (accounts < 1 || commands < 100) {
            throw new IllegalArgumentException("need at least 1 account and 100 commands");
        }
        this.pool = pool;
        this.accounts = accounts;
        this.commands = commands;
        this.random = new SplittableRandom(seed);
        this.parameters = EarlyStakingParameters.defaults(START).withShareCap(SHARE_CAP);
        this.curve = parameters.validate();
        this.wallet = new BigDecimal[accounts];
        this.stakers = new IndexSet(accounts);
        this.reservers = new IndexSet(accounts);
    }

    public static String account(int index) {
        return String.format("acct-%06d", index);
    }

    /** Writes the pool's creation and then about {@code commands} commands, in business-time order. */
    public void generate(Consumer<ObjectNode> sink) {
        this.out = sink;
        ObjectNode create = line("CreatePool", CREATED);
        create.put("program", "early-staking");
        ObjectNode params = create.putObject("params");
        params.put("start", START.toString());
        params.put("shareCap", SHARE_CAP.toPlainString());
        out.accept(create);
        mirror.evolve(new EarlyStakingPoolCreated(pool, EarlyStakingPoolCreated.StoredParameters.from(parameters), CREATED));

        // The sale is busy: about 35% of the commands fall before the end of epoch 2 (most of the curve is
        // sold there, at share prices near 1, so the cap binds); the rest spread over the other epochs.
        Instant saleEnd = parameters.endOf(2);
        Instant end = parameters.endOf(parameters.epochs()).plus(Duration.ofDays(2));
        long busy = commands * 35 / 100;
        long busyStep = Duration.between(CREATED, saleEnd).toMillis() / busy;
        long calmStep = Duration.between(saleEnd, end).toMillis() / (commands - busy);
        long salePurchases = Math.max(accounts * 3L / 2, busy * 45 / 100);
        BigDecimal meanPurchase = parameters.saleSupply().multiply(new BigDecimal("0.995"))
                .divide(BigDecimal.valueOf(salePurchases), 6, RoundingMode.DOWN);
        while (written < commands) {
            now = now.plusMillis(written < busy ? busyStep : calmStep);
            if (!mirror.ended() && !now.isBefore(parameters.endOf(mirror.epochsClosed() + 1))) {
                closeEpoch();
                continue;
            }
            if (now.isAfter(end) && mirror.ended()) {
                break;
            }
            step(meanPurchase, written < busy);
        }
    }

    /** Accounts that have bought so far (acct-000000 up to this, exclusive). */
    public int introduced() {
        return introduced;
    }

    public long written() {
        return written;
    }

    /** The generator's mirror of the pool after the lines written so far. */
    public EarlyStakingState mirror() {
        return mirror;
    }

    private void step(BigDecimal meanPurchase, boolean busySale) {
        boolean saleOpen = mirror.saleRemaining().value().compareTo(parameters.saleSupply().multiply(new BigDecimal("0.004"))) > 0;
        for (int attempt = 0; attempt < 20; attempt++) {
            int dice = random.nextInt(1000);
            boolean done;
            if (dice < (busySale ? 450 : 220)) {
                done = saleOpen ? purchase(meanPurchase) : stake();
            } else if (dice < 440) {
                done = stake();
            } else if (dice < 640) {
                done = exercise(false);
            } else if (dice < 700) {
                done = exercise(true);
            } else if (dice < 840) {
                done = withdraw(false);
            } else if (dice < 870) {
                done = withdraw(true);
            } else if (dice < 890) {
                done = cancelReservation();
            } else if (dice < 900) {
                done = realize();
            } else if (dice < 915) {
                done = convert();
            } else {
                done = saleOpen ? purchase(meanPurchase) : (random.nextBoolean() ? stake() : exercise(false));
            }
            if (done) {
                return;
            }
        }
        // nothing applicable this step (e.g. before the first purchase): a purchase always is, while the sale lasts
        if (saleOpen) {
            purchase(meanPurchase);
        }
    }

    // ---- commands ------------------------------------------------------------------------------

    private boolean purchase(BigDecimal mean) {
        int index;
        // 70% of purchases bring a new buyer until every account has bought: about 1.1 × accounts purchases
        // are planned in the busy sale alone, so every account holds a position (the latency figure asks for them)
        if (introduced < accounts && (introduced == 0 || random.nextInt(10) < 7)) {
            index = introduced++;
            wallet[index] = Decimals.ZERO;
        } else {
            index = random.nextInt(introduced);
        }
        BigDecimal amount = scale(mean, 20, 180);
        BigDecimal remaining = mirror.saleRemaining().value();
        if (amount.compareTo(remaining) > 0) {
            amount = remaining.divide(BigDecimal.valueOf(2), 6, RoundingMode.DOWN);
        }
        if (amount.signum() <= 0) {
            return false;
        }
        String account = account(index);
        BigDecimal paid = amount.multiply(PAID_PER_KASH);
        ObjectNode l = line("Purchase", now);
        l.put("account", account);
        l.put("amount", plain(amount));
        l.put("paidAsset", "USDC");
        l.put("paidAmount", plain(paid));
        BigDecimal exact = Decimals.exact(amount);
        emit(l, new KashPurchased(pool, account, exact, "USDC", Decimals.exact(paid), mirror.sold().value(), mirror.sold().value().add(exact),
                Decimals.down(curve.effectiveBonus(mirror.sold().value(), exact)), curve.dcrEarned(mirror.sold().value(), exact).value(), now));
        wallet[index] = wallet[index].add(amount);
        return true;
    }

    /** A stake of part of an account's wallet, or a reservation while the queue is not empty or the cap binds. */
    private boolean stake() {
        if (mirror.ended() || introduced == 0) {
            return false;
        }
        int index = pickWithWallet();
        if (index < 0) {
            return false;
        }
        BigDecimal amount = part(wallet[index], 50, 100);
        if (amount.signum() <= 0) {
            return false;
        }
        String account = account(index);
        SharePrice price = mirror.sharePrice();
        BigDecimal shares = sharesDown(price, Decimals.exact(amount));
        if (shares.signum() == 0) {
            return false;
        }
        boolean queue = !mirror.queueEmpty() || mirror.weightedShares().value().add(shares).compareTo(parameters.shareCap()) > 0;
        if (queue && reservers.size() >= MAX_QUEUED_ACCOUNTS) {
            return false; // a long queue discourages newcomers: they keep their KASH
        }
        wallet[index] = wallet[index].subtract(amount);
        if (queue) {
            ObjectNode l = line("Reserve", now);
            l.put("account", account);
            l.put("amount", plain(amount));
            emit(l, new StakeReserved(pool, mirror.nextReservationId(), account, Decimals.exact(amount), now));
            reservers.add(index);
            return true;
        }
        ObjectNode l = line("Stake", now);
        l.put("account", account);
        l.put("amount", plain(amount));
        emit(l, new StakeDeposited(pool, account, Decimals.exact(amount), shares, now));
        joined(index);
        return true;
    }

    private boolean exercise(boolean withDeposit) {
        if (mirror.ended() || introduced == 0) {
            return false;
        }
        int index = withDeposit ? pickWithWallet() : pickStaker();
        if (index < 0) {
            return false;
        }
        String account = account(index);
        EarlyStakingAccount holder = mirror.findAccount(account).orElse(null);
        if (holder == null || holder.dcrBalance().value().signum() <= 0) {
            return false;
        }
        SharePrice price = mirror.sharePrice();
        BigDecimal principal = holder.principalShares().value();
        BigDecimal weighted = mirror.weightedShares().value();
        BigDecimal deposit = null;
        BigDecimal depositShares = null;
        if (withDeposit) {
            if (!mirror.queueEmpty()) {
                return false;
            }
            deposit = Decimals.exact(part(wallet[index], 100, 100));
            depositShares = deposit.signum() > 0 ? sharesDown(price, deposit) : Decimals.ZERO;
            if (depositShares.signum() == 0 || weighted.add(depositShares).compareTo(parameters.shareCap()) > 0) {
                return false;
            }
            principal = principal.add(depositShares);
            weighted = weighted.add(depositShares);
            price = price(price.backing().value().add(deposit), weighted);
        }
        BigDecimal limit = exercisable(price, holder, principal).min(holder.dcrBalance().value());
        BigDecimal capacity = valueDown(price, parameters.shareCap().subtract(weighted).max(Decimals.ZERO));
        BigDecimal dcr = part(limit.min(capacity), 50, 98);
        if (dcr.signum() <= 0 || sharesDown(price, Decimals.exact(dcr)).signum() == 0) {
            return false;
        }
        ObjectNode l = line("ExerciseDcr", now);
        l.put("account", account);
        l.put("dcr", plain(dcr));
        if (withDeposit) {
            l.put("deposit", plain(deposit));
            emitOnly(new StakeDeposited(pool, account, deposit, depositShares, now));
            wallet[index] = wallet[index].subtract(deposit);
            joined(index);
        }
        emit(l, new DcrExercised(pool, account, Decimals.exact(dcr), sharesDown(price, Decimals.exact(dcr)), now));
        return true;
    }

    /** The leverage limit of docs/domain/early-staking.md at {@code price} with {@code principal} shares, rounded down. */
    private static BigDecimal exercisable(SharePrice price, EarlyStakingAccount holder, BigDecimal principal) {
        if (holder.bought().value().signum() == 0) {
            return Decimals.ZERO;
        }
        BigDecimal headroom = holder.dcrEarned().value().multiply(principal).subtract(holder.virtualShares().value().multiply(holder.bought().value()));
        if (headroom.signum() <= 0) {
            return Decimals.ZERO;
        }
        if (price.isInitial()) {
            return Decimals.divideDown(headroom, holder.bought().value());
        }
        return Decimals.divideDown(headroom.multiply(price.backing().value()), holder.bought().value().multiply(price.weightedShares().value()));
    }

    private boolean withdraw(boolean all) {
        int index = pickStaker();
        if (index < 0) {
            return false;
        }
        String account = account(index);
        EarlyStakingAccount holder = mirror.findAccount(account).orElseThrow();
        BigDecimal withdrawable = Valuation.withdrawable(mirror, holder).value();
        ObjectNode l = line("Withdraw", now);
        l.put("account", account);
        if (all) {
            l.put("amount", "all");
            emit(l, new StakeWithdrawn(pool, account, withdrawable, holder.principalShares().value(), holder.virtualShares().value(),
                    holder.debt().value(), now));
            wallet[index] = wallet[index].add(withdrawable);
            stakers.remove(index);
            return true;
        }
        BigDecimal amount = part(withdrawable, 5, 50);
        if (amount.signum() <= 0) {
            return false;
        }
        SharePrice price = mirror.sharePrice();
        BigDecimal exact = Decimals.exact(amount);
        BigDecimal scaled = exact.multiply(price.weightedShares().value());
        BigDecimal denominator = holder.weightedShares().value().multiply(price.backing().value())
                .subtract(holder.debt().value().multiply(price.weightedShares().value()));
        l.put("amount", plain(amount));
        emit(l, new StakeWithdrawn(pool, account, exact,
                Decimals.mulDivUp(holder.principalShares().value(), scaled, denominator),
                Decimals.mulDivUp(holder.virtualShares().value(), scaled, denominator),
                Decimals.mulDivDown(holder.debt().value(), scaled, denominator), now));
        wallet[index] = wallet[index].add(amount);
        return true;
    }

    private boolean cancelReservation() {
        if (reservers.isEmpty()) {
            return false;
        }
        int index = reservers.pick(random);
        String account = account(index);
        BigDecimal queued = mirror.findAccount(account).map(a -> a.reserved().value()).orElse(Decimals.ZERO);
        if (queued.signum() == 0) {
            reservers.remove(index);
            return false;
        }
        boolean everything = random.nextBoolean();
        BigDecimal amount = everything ? queued : part(queued, 10, 90);
        if (amount.signum() <= 0) {
            return false;
        }
        ObjectNode l = line("CancelReservation", now);
        l.put("account", account);
        if (!everything) {
            l.put("amount", plain(amount));
        }
        List<Object> events = new ArrayList<>();
        BigDecimal left = Decimals.exact(amount);
        for (Reservation entry : mirror.reservationsOfLatestFirst(account)) {
            if (left.signum() == 0) {
                break;
            }
            BigDecimal taken = entry.amount().value().min(left);
            events.add(new ReservationCancelled(pool, entry.reservationId(), account, taken, now));
            left = left.subtract(taken);
        }
        emit(l, events.toArray());
        wallet[index] = wallet[index].add(amount);
        return true;
    }

    private boolean realize() {
        if (mirror.queueEmpty() || mirror.ended()) {
            return false;
        }
        List<Object> realized = realization();
        if (realized.isEmpty()) {
            return false;
        }
        emit(line("RealizeReservations", now), realized.toArray());
        return true;
    }

    private boolean convert() {
        if (mirror.epochsClosed() * 2 < parameters.epochs()) {
            return false;
        }
        int index = pickStaker();
        if (index < 0) {
            return false;
        }
        String account = account(index);
        EarlyStakingAccount holder = mirror.findAccount(account).orElseThrow();
        if (PrincipalConversionRule.ineligibility(mirror, holder).isPresent()) {
            return false;
        }
        SharePrice price = mirror.sharePrice();
        BigDecimal shares = sharesUp(price, holder.bought().value());
        if (shares.compareTo(holder.principalShares().value()) > 0) {
            return false;
        }
        ObjectNode l = line("ConvertPrincipal", now);
        l.put("account", account);
        emit(l, new PrincipalConverted(pool, account, holder.bought().value(), shares, EarlyStakingAccount.asDecimals(holder.paid()), now));
        return true;
    }

    private void closeEpoch() {
        int epoch = mirror.epochsClosed() + 1;
        List<Object> events = realization();
        BigDecimal backing = mirror.assets().value().add(mirror.debt().value());
        BigDecimal weighted = mirror.weightedShares().value();
        for (Object e : events) {
            ReservationRealized r = (ReservationRealized) e;
            backing = backing.add(r.amount());
            weighted = weighted.add(r.principalShares());
        }
        BigDecimal reward = parameters.rewardOf(epoch).add(mirror.rewardCarried().value());
        boolean noShares = weighted.signum() == 0;
        BigDecimal added = noShares ? Decimals.ZERO : reward;
        SharePrice after = price(backing.add(added), weighted);
        events.add(new EpochClosed(pool, epoch, parameters.endOf(epoch), added, noShares ? reward : Decimals.ZERO,
                after.value(), now));
        emit(line("CloseEpoch", now), events.toArray());
        for (Object e : events) {
            if (e instanceof ReservationRealized r) {
                joined(indexOf(r.account()));
            }
        }
    }

    /** The reservations a realization would convert now, head first, as the pool computes them. */
    private List<Object> realization() {
        List<Object> events = new ArrayList<>();
        if (mirror.ended()) {
            return events;
        }
        BigDecimal backing = mirror.assets().value().add(mirror.debt().value());
        BigDecimal weighted = mirror.weightedShares().value();
        for (Reservation entry : mirror.queue()) {
            SharePrice price = price(backing, weighted);
            BigDecimal affordable = valueDown(price, parameters.shareCap().subtract(weighted));
            BigDecimal amount = entry.amount().value().min(affordable);
            if (amount.signum() <= 0) {
                break;
            }
            BigDecimal shares = sharesDown(price, amount);
            if (shares.signum() == 0) {
                break;
            }
            events.add(new ReservationRealized(pool, entry.reservationId(), entry.account(), amount, shares, now));
            backing = backing.add(amount);
            weighted = weighted.add(shares);
            if (amount.compareTo(entry.amount().value()) < 0) {
                break;
            }
        }
        return events;
    }

    // ---- plumbing ------------------------------------------------------------------------------

    private static SharePrice price(BigDecimal backing, BigDecimal weighted) {
        return new SharePrice(Amount.of(backing), Shares.of(weighted));
    }

    private static BigDecimal sharesDown(SharePrice price, BigDecimal amount) {
        return price.sharesFor(Amount.of(amount), Rounding.CREDIT).value();
    }

    private static BigDecimal sharesUp(SharePrice price, BigDecimal amount) {
        return price.sharesFor(Amount.of(amount), Rounding.DEBIT).value();
    }

    private static BigDecimal valueDown(SharePrice price, BigDecimal shares) {
        return price.valueOf(Shares.of(shares), Rounding.CREDIT).value();
    }

    private void joined(int index) {
        stakers.add(index);
    }

    private static int indexOf(String account) {
        return Integer.parseInt(account.substring(5));
    }

    private int pickWithWallet() {
        for (int i = 0; i < 8; i++) {
            int index = random.nextInt(introduced);
            if (wallet[index].compareTo(BigDecimal.ONE) >= 0) {
                return index;
            }
        }
        return -1;
    }

    private int pickStaker() {
        if (stakers.isEmpty()) {
            return -1;
        }
        return stakers.pick(random);
    }

    /** {@code value × p%} for a percentage p drawn in [lo, hi], rounded down to 6 decimals. */
    private BigDecimal part(BigDecimal value, int lo, int hi) {
        int percent = lo == hi ? lo : lo + random.nextInt(hi - lo + 1);
        return value.multiply(BigDecimal.valueOf(percent)).movePointLeft(2).setScale(6, RoundingMode.DOWN);
    }

    private BigDecimal scale(BigDecimal mean, int lo, int hi) {
        return part(mean, lo, hi);
    }

    private ObjectNode line(String type, Instant at) {
        ObjectNode l = JSON.objectNode();
        l.put("type", type);
        l.put("pool", pool);
        l.put("at", at.toString());
        return l;
    }

    private void emit(ObjectNode line, Object... events) {
        for (Object event : events) {
            mirror.evolve(event);
        }
        out.accept(line);
        written++;
    }

    private void emitOnly(Object event) {
        mirror.evolve(event);
    }

    private static String plain(BigDecimal value) {
        return Decimals.format(value);
    }

    /** A set of account indexes with O(1) add, remove and uniform random pick. */
    static final class IndexSet {
        private final int[] members;
        private final int[] slot;
        private int size;

        IndexSet(int capacity) {
            members = new int[capacity];
            slot = new int[capacity];
            java.util.Arrays.fill(slot, -1);
        }

        void add(int index) {
            if (slot[index] < 0) {
                slot[index] = size;
                members[size++] = index;
            }
        }

        void remove(int index) {
            int at = slot[index];
            if (at >= 0) {
                int last = members[--size];
                members[at] = last;
                slot[last] = at;
                slot[index] = -1;
            }
        }

        boolean isEmpty() {
            return size == 0;
        }

        int size() {
            return size;
        }

        int pick(SplittableRandom random) {
            return members[random.nextInt(size)];
        }
    }
}
