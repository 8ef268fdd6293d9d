package io.stakingledger.app.config;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.stakingledger.app.store.LedgerStore;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;
import org.axonframework.common.lock.PessimisticLockFactory;
import org.axonframework.modelling.command.RepositorySpanFactory;
import org.springframework.stereotype.Component;

/**
 * Registers a program's pool aggregate with Axon: loaded pools stay in memory (see {@link AggregateCache})
 * and are brought up to date with the store before each command (see {@link CurrentPoolRepository}).
 */
@Component
public class PoolAggregates {

    private final LedgerStore store;
    private final Counter loads;

    public PoolAggregates(LedgerStore store, MeterRegistry registry) {
        this.store = store;
        this.loads = Counter.builder("ledger.pool.loads")
                .description("pools read from the store in full (first command after a start, or after an eviction)")
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
                                .cache(cache),
                        c.eventStore(), cache, !store.exclusive(), loads));
    }
}
