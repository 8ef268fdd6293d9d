package io.stakingledger.app.config;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.stakingledger.app.store.LedgerStore;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;
import org.axonframework.common.lock.PessimisticLockFactory;
import org.axonframework.modelling.command.RepositorySpanFactory;
import org.springframework.stereotype.Component;

/**
 * Registers a program's pool aggregate with Axon: loaded pools stay in memory (see {@link AggregateCache}),
 * are brought up to date with the store before each command (see {@link CurrentPoolRepository}) and are
 * snapshotted now and then, so that loading one does not fold its whole history (see {@link PoolSnapshots}).
 */
@Component
public class PoolAggregates {

    private final LedgerStore store;
    private final PoolSnapshots snapshots;
    private final TransactionManager transactions;
    private final Counter loads;
    private final Counter snapshotLoads;

    public PoolAggregates(LedgerStore store, PoolSnapshots snapshots, TransactionManager transactions,
                          MeterRegistry registry) {
        this.store = store;
        this.snapshots = snapshots;
        this.transactions = transactions;
        this.loads = Counter.builder("ledger.pool.loads")
                .description("pools read from the store in full (first command after a start, or after an eviction)")
                .register(registry);
        this.snapshotLoads = Counter.builder("ledger.pool.snapshot.loads")
                .description("pools read from the store that started from a snapshot")
                .register(registry);
    }

    public ConfigurerModule of(Class<?> aggregateType) {
        return configurer -> configurer.configureAggregate(configuration(aggregateType));
    }

    private <T> AggregateConfigurer<T> configuration(Class<T> aggregateType) {
        AggregateCache cache = new AggregateCache();
        return AggregateConfigurer.defaultConfiguration(aggregateType)
                .configureCache(c -> cache)
                .configureRepository(c -> new CurrentPoolRepository<>(
                        EventSourcingRepository.builder(aggregateType)
                                .aggregateModel(AnnotatedAggregateMetaModelFactory.inspectAggregate(aggregateType,
                                        c.parameterResolverFactory(), c.handlerDefinition(aggregateType)))
                                .lockFactory(PessimisticLockFactory.usingDefaults())
                                .eventStore(c.eventStore())
                                .repositoryProvider(c::repository)
                                .spanFactory(c.getComponent(RepositorySpanFactory.class))
                                .cache(cache)
                                .snapshotTriggerDefinition(snapshots.trigger(c.eventStore(), transactions)),
                        c.eventStore(), cache, !store.exclusive(), loads, snapshotLoads));
    }
}
