package io.stakingledger.app.config;

import io.stakingledger.projections.LedgerViews;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;

/**
 * Axon without Axon Server: events in our own JDBC tables (H2 by default, PostgreSQL in production,
 * same SQL), each program registers its aggregate and read model from its own package, so the domain
 * module stays free of Spring.
 */
@Configuration
public class AxonConfiguration {

    /**
     * JDBC rather than JPA: the same engine and schema run on H2 and PostgreSQL without Hibernate's
     * large-object and sequence pitfalls. Payloads are stored as JSON text so the store reads as is.
     * Every {@link EventUpcaster} bean joins the chain here (in {@code @Order}): the engine applies only
     * the upcasters it is built with, to every read (aggregates and views alike).
     */
    @Bean
    public EventStorageEngine eventStorageEngine(@Qualifier("eventSerializer") Serializer eventSerializer,
                                                 Serializer serializer,
                                                 PersistenceExceptionResolver persistenceExceptionResolver,
                                                 ConnectionProvider connectionProvider,
                                                 TransactionManager transactionManager,
                                                 ObjectProvider<EventUpcaster> upcasters) {
        return JdbcEventStorageEngine.builder()
                .upcasterChain(new EventUpcasterChain(upcasters.orderedStream().toList()))
                .eventSerializer(eventSerializer)
                .snapshotSerializer(serializer)
                .persistenceExceptionResolver(persistenceExceptionResolver)
                .connectionProvider(connectionProvider)
                .transactionManager(transactionManager)
                .dataType(String.class)
                .build();
    }

    /**
     * The read models live in memory and are rebuilt from the event store on every start, so their
     * tracking tokens must not outlive the process either.
     */
    @Bean
    public TokenStore tokenStore() {
        return new InMemoryTokenStore();
    }

    @Bean
    public LedgerViews ledgerViews(List<ReadModelRegistration> programs) {
        LedgerViews views = new LedgerViews();
        programs.forEach(program -> program.register(views));
        return views;
    }
}
