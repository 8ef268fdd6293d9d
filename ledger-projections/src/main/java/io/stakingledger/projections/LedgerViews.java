package io.stakingledger.projections;

import io.stakingledger.core.common.CommandRejected;
import io.stakingledger.core.common.PoolEvent;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Every read model of the ledger, rebuilt from the event log alone. A single feeder applies all
 * events in global order, so {@link #position()} tells exactly how far the views have read. Lookups
 * are by pool id, never by scanning.
 *
 * <p>One pool cannot stop the others: when an event fails to apply to its pool's model, that pool is
 * marked as failed ({@link #failures()}), its later events are skipped and its views answer
 * {@link PoolUnreadable}, while every other pool goes on being fed.
 */
public class LedgerViews {

    private static final System.Logger LOG = System.getLogger(LedgerViews.class.getName());

    private final Map<Class<?>, Supplier<PoolReadModel>> factories = new ConcurrentHashMap<>();
    private final Map<String, PoolReadModel> pools = new ConcurrentHashMap<>();
    private final Map<String, String> failures = new ConcurrentHashMap<>();
    private final Map<String, java.time.Instant> created = new ConcurrentHashMap<>();
    private volatile long position = -1;

    /** Registers a program: a pool comes to life in the views when its creation event arrives. */
    public void register(Class<?> creationEvent, Supplier<PoolReadModel> factory) {
        factories.put(creationEvent, factory);
    }

    /** Applies the event stored at global index {@code globalIndex}. */
    public void apply(Object event, long globalIndex) {
        apply(event);
        position = Math.max(position, globalIndex);
    }

    /** Applies one event of any pool; events that belong to no known pool are ignored. */
    public void apply(Object event) {
        if (!(event instanceof PoolEvent poolEvent)) {
            return;
        }
        Supplier<PoolReadModel> factory = factories.get(event.getClass());
        PoolReadModel model = factory != null
                ? pools.computeIfAbsent(poolEvent.poolId(), id -> factory.get())
                : pools.get(poolEvent.poolId());
        if (model == null || failures.containsKey(poolEvent.poolId())) {
            return;
        }
        if (factory != null) {
            created.putIfAbsent(poolEvent.poolId(), poolEvent.at());
        }
        synchronized (model) {
            try {
                model.apply(event);
            } catch (RuntimeException failure) {
                String reason = "its " + event.getClass().getSimpleName() + " at " + poolEvent.at()
                        + " could not be applied";
                failures.put(poolEvent.poolId(), reason);
                LOG.log(System.Logger.Level.ERROR, "pool " + poolEvent.poolId() + ": " + reason
                        + "; its views are unavailable, the other pools go on", failure);
            }
        }
    }

    /**
     * Marks {@code poolId} unreadable because one of its stored events could not even be read (its payload or
     * metadata no longer deserializes): its later events are skipped and its views answer {@link PoolUnreadable},
     * as for an event that fails to apply. The first reason is kept.
     */
    public void markUnreadable(String poolId, String reason, long globalIndex) {
        position = Math.max(position, globalIndex);
        if (failures.putIfAbsent(poolId, reason) == null) {
            LOG.log(System.Logger.Level.ERROR, "pool " + poolId + ": " + reason
                    + "; its views are unavailable, the other pools go on");
        }
    }

    /** Pools whose events could not all be applied, with the reason: their views are unavailable. */
    public Map<String, String> failures() {
        return Map.copyOf(failures);
    }

    /**
     * Everything the views hold, as one serializable value, so that a restart can start from it instead of from
     * the first event. Taken while no event is being applied (the single feeder holds its own lock), so it
     * stands at exactly {@link #position()}.
     */
    public record Image(long position, Map<String, PoolReadModel> pools, Map<String, String> failures,
                        Map<String, Instant> created) implements java.io.Serializable {
    }

    public Image image() {
        return new Image(position, new java.util.TreeMap<>(pools), new java.util.TreeMap<>(failures),
                new java.util.TreeMap<>(created));
    }

    /** Replaces everything with {@code image}; the feeder then applies the events stored after its position. */
    public void restore(Image image) {
        reset();
        pools.putAll(image.pools());
        failures.putAll(image.failures());
        created.putAll(image.created());
        position = image.position();
    }

    /** Forgets everything, before a rebuild from the first event. */
    public void reset() {
        pools.clear();
        failures.clear();
        created.clear();
        position = -1;
    }

    /** Global index of the last event the views have applied; -1 before the first. */
    public long position() {
        return position;
    }

    /** The read model of a pool, for audits that inspect its state directly. */
    public Optional<PoolReadModel> model(String poolId) {
        return Optional.ofNullable(pools.get(poolId));
    }

    /** Why {@code poolId}'s views are unavailable; empty for a readable or unknown pool. */
    public Optional<String> failure(String poolId) {
        return Optional.ofNullable(failures.get(poolId));
    }

    public Optional<String> programOf(String poolId) {
        return Optional.ofNullable(pools.get(poolId)).map(PoolReadModel::program);
    }

    /**
     * Runs {@code view} on the pool's read model under its lock, so a view never sees half an event.
     *
     * @throws CommandRejected (NOT_FOUND) when the pool does not exist or runs another program
     * @throws PoolUnreadable when the pool's events could not all be applied
     */
    public <M extends PoolReadModel, R> R read(String poolId, Class<M> type, Function<M, R> view) {
        PoolReadModel model = pools.get(poolId);
        if (failures.containsKey(poolId)) {
            throw new PoolUnreadable(poolId, failures.get(poolId));
        }
        if (model == null) {
            throw CommandRejected.notFound("pool " + poolId + " does not exist");
        }
        if (!type.isInstance(model)) {
            throw CommandRejected.notFound("pool " + poolId + " runs program " + model.program()
                    + ", which has no such view");
        }
        synchronized (model) {
            return view.apply(type.cast(model));
        }
    }

    /** Business time of the pool's latest event, read under the pool's lock; empty for an unknown pool. */
    public Optional<Instant> lastEventAt(String poolId) {
        PoolReadModel model = pools.get(poolId);
        if (model == null) {
            return Optional.empty();
        }
        synchronized (model) {
            return Optional.ofNullable(model.state().lastAt());
        }
    }

    public List<PoolSummary> directory() {
        return pools.entrySet().stream()
                .map(e -> {
                    synchronized (e.getValue()) {
                        return new PoolSummary(e.getKey(), e.getValue().program(), created.get(e.getKey()),
                                e.getValue().state().lastAt());
                    }
                })
                .sorted(Comparator.comparing(PoolSummary::pool))
                .toList();
    }
}
