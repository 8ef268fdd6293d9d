package io.stakingledger.app.security;

import io.stakingledger.app.audit.HashChain;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;
import java.util.function.BiFunction;

/**
 * Who did it, in the history: every command is sent with metadata {@code actor} — the authenticated
 * caller's ({@code key:<keyId>}, {@code jwt:<subject>}) or, for an in-process caller with no request
 * behind it (the batch runner, the benchmark), {@code ledger.actor.local} ({@code local}; {@code batch}
 * for {@code scripts/ledger run}). Axon copies it into the metadata of every event the command applies,
 * where the hash chain covers it ({@link HashChain}).
 */
@Configuration
public class ActorConfiguration {

    /** Copies the command's actor to its events. */
    @Bean
    public CorrelationDataProvider actorCorrelation() {
        return new SimpleCorrelationDataProvider(HashChain.ACTOR);
    }

    /** Axon's default provider (correlation and trace ids), kept beside ours: declaring one replaces the default. */
    @Bean
    public CorrelationDataProvider messageOriginProvider() {
        return new MessageOriginProvider();
    }

    @Bean
    public ActorStamp actorStamp(CommandBus commandBus, @Value("${ledger.actor.local:local}") String localActor) {
        ActorStamp stamp = new ActorStamp(localActor);
        commandBus.registerDispatchInterceptor(stamp);
        return stamp;
    }

    /** Sets the {@code actor} of each command as it is dispatched, on the caller's thread. */
    public static final class ActorStamp implements MessageDispatchInterceptor<CommandMessage<?>> {

        private final String localActor;

        ActorStamp(String localActor) {
            this.localActor = localActor;
        }

        @Override
        public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(List<? extends CommandMessage<?>> messages) {
            return (index, message) -> message.andMetaData(java.util.Map.of(HashChain.ACTOR, currentActor()));
        }

        public String currentActor() {
            return Callers.current().map(Caller::actor).orElse(localActor);
        }
    }
}
