package io.stakingledger.app.config;

import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.ConfigurerModule;

/** Registers a program's pool aggregate with Axon, keeping loaded pools in memory (see {@link AggregateCache}). */
public final class PoolAggregates {

    private PoolAggregates() {
    }

    public static ConfigurerModule of(Class<?> aggregateType) {
        AggregateCache cache = new AggregateCache();
        return configurer -> configurer.configureAggregate(
                AggregateConfigurer.defaultConfiguration(aggregateType).configureCache(c -> cache));
    }
}
