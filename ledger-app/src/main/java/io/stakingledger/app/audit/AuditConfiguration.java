package io.stakingledger.app.audit;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.AnnotationRevisionResolver;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Every event published to the store passes the hash-chain interceptor first. */
@Configuration
public class AuditConfiguration {

    @Bean
    public HashChainInterceptor hashChainInterceptor(EventStore eventStore,
                                                     @Qualifier("eventSerializer") Serializer eventSerializer,
                                                     ChainVerifier verifier) {
        HashChainInterceptor interceptor = new HashChainInterceptor(eventSerializer, new AnnotationRevisionResolver(),
                verifier::storedHashAt);
        eventStore.registerDispatchInterceptor(interceptor);
        return interceptor;
    }
}
