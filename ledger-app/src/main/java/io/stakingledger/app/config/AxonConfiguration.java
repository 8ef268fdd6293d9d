package io.stakingledger.app.config;

import io.stakingledger.app.store.DuplicateEventResolver;
import io.stakingledger.app.store.LedgerEventStorageEngine;
import io.stakingledger.core.common.ProgramCommandRouting;
import io.stakingledger.projections.LedgerViews;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
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
     * the upcasters it is built with, to every read (aggregates and views alike). The engine also keeps the
     * applied-command table beside the events ({@link LedgerEventStorageEngine}).
     */
    @Bean
    public EventStorageEngine eventStorageEngine(@Qualifier("eventSerializer") Serializer eventSerializer,
                                                 Serializer serializer,
                                                 PersistenceExceptionResolver persistenceExceptionResolver,
                                                 ConnectionProvider connectionProvider,
                                                 TransactionManager transactionManager,
                                                 ObjectProvider<EventUpcaster> upcasters,
                                                 PoolSnapshots snapshots) {
        return new LedgerEventStorageEngine(JdbcEventStorageEngine.builder()
                .upcasterChain(new EventUpcasterChain(upcasters.orderedStream().toList()))
                .eventSerializer(eventSerializer)
                .snapshotSerializer(serializer)
                .snapshotFilter(snapshots.filter())
                .persistenceExceptionResolver(persistenceExceptionResolver)
                .connectionProvider(connectionProvider)
                .transactionManager(transactionManager)
                .dataType(String.class)
                .batchSize(EVENT_BATCH_SIZE)
                .readEventDataWithGaps(AxonConfiguration::readEventDataWithGaps), transactionManager);
    }

    /**
     * Events per query when the views read the store. Axon's default of 100 makes a rebuild of millions
     * of events run tens of thousands of queries; a thousand events of JSON text is about a megabyte.
     */
    static final int EVENT_BATCH_SIZE = 1000;

    /**
     * Axon's query for a tracking token with gaps is {@code WHERE (globalIndex > ? AND globalIndex <= ?)
     * OR globalIndex IN (gaps)}, which H2 answers with a scan of the whole table (the OR defeats the
     * index). Gaps are normal with concurrent writers (an index is taken at insert, visible at commit),
     * so with several clients every view catch-up scanned the store. The same rows as a union of two
     * indexed lookups: the range after the token, then the gaps (all below it), in global order.
     */
    static PreparedStatement readEventDataWithGaps(Connection connection, EventSchema schema, long globalIndex,
                                                   int batchSize, List<Long> gaps) throws SQLException {
        String select = "SELECT " + schema.trackedEventFields() + " FROM " + schema.domainEventTable() + " WHERE ";
        String index = schema.globalIndexColumn();
        String sql = select + index + " > ? AND " + index + " <= ? UNION ALL " + select + index + " IN ("
                + String.join(",", Collections.nCopies(gaps.size(), "?")) + ") ORDER BY " + index + " ASC";
        PreparedStatement statement = connection.prepareStatement(sql);
        statement.setLong(1, globalIndex);
        statement.setLong(2, globalIndex + batchSize);
        for (int i = 0; i < gaps.size(); i++) {
            statement.setLong(i + 3, gaps.get(i));
        }
        return statement;
    }

    /** A duplicate (pool, sequence) on any supported store is a concurrency conflict, not an internal error. */
    @Bean
    public PersistenceExceptionResolver persistenceExceptionResolver() {
        return new DuplicateEventResolver();
    }

    /**
     * The read models live in memory and are rebuilt from the event store on every start, so their
     * tracking tokens must not outlive the process either.
     */
    @Bean
    public TokenStore tokenStore() {
        return new InMemoryTokenStore();
    }

    /**
     * Every command to an existing pool travels under its program's command name, the one name each pool
     * aggregate handles (see {@link ProgramCommandRouting}).
     */
    @Bean
    public ProgramCommandRouting programCommandRouting(CommandBus commandBus) {
        ProgramCommandRouting routing = new ProgramCommandRouting();
        commandBus.registerDispatchInterceptor(routing);
        return routing;
    }

    @Bean
    public LedgerViews ledgerViews(List<ReadModelRegistration> programs) {
        LedgerViews views = new LedgerViews();
        programs.forEach(program -> program.register(views));
        return views;
    }
}
