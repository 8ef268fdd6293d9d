package io.stakingledger.app.audit;

import io.stakingledger.core.common.PoolEvent;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.serialization.RevisionResolver;
import org.axonframework.serialization.Serializer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Stamps {@code hash} and {@code previousHash} into the metadata of every pool event as it is
 * published, before it is stored. Commands on one pool are serialized by the aggregate's lock, so the
 * chain of a pool is extended by one writer at a time. The last committed hash per pool is cached;
 * a rolled-back unit of work forgets its pools so they are read again from the store.
 */
public class HashChainInterceptor implements MessageDispatchInterceptor<EventMessage<?>> {

    private static final String PENDING = HashChainInterceptor.class.getName() + ".pending";

    private final Serializer eventSerializer;
    private final RevisionResolver revisions;
    private final Function<String, String> storedHead;
    private final Map<String, String> committedHeads = new ConcurrentHashMap<>();

    /**
     * @param storedHead the hash of a pool's last stored event, or {@link HashChain#GENESIS} when it has none
     */
    public HashChainInterceptor(Serializer eventSerializer, RevisionResolver revisions,
                                Function<String, String> storedHead) {
        this.eventSerializer = eventSerializer;
        this.revisions = revisions;
        this.storedHead = storedHead;
    }

    @Override
    public BiFunction<Integer, EventMessage<?>, EventMessage<?>> handle(List<? extends EventMessage<?>> messages) {
        return (index, message) -> stamp(message);
    }

    private EventMessage<?> stamp(EventMessage<?> message) {
        if (!(message instanceof DomainEventMessage<?> domain) || !(domain.getPayload() instanceof PoolEvent event)) {
            return message;
        }
        String pool = domain.getAggregateIdentifier();
        Map<String, String> pending = pendingHeads();
        String previous = pending.containsKey(pool) ? pending.get(pool)
                : committedHeads.computeIfAbsent(pool, storedHead);
        String payload = eventSerializer.serialize(domain.getPayload(), String.class).getData();
        String hash = HashChain.hash(HashChain.canonicalForm(domain.getPayloadType().getName(),
                revisions.revisionOf(domain.getPayloadType()), pool, domain.getSequenceNumber(),
                event.at() == null ? null : event.at().toString(), payload, previous));
        pending.put(pool, hash);
        return domain.andMetaData(MetaData.with(HashChain.HASH, hash).and(HashChain.PREVIOUS_HASH, previous));
    }

    private Map<String, String> pendingHeads() {
        if (!CurrentUnitOfWork.isStarted()) {
            return new HashMap<>();
        }
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get().root();
        return unitOfWork.getOrComputeResource(PENDING, key -> {
            Map<String, String> heads = new HashMap<>();
            unitOfWork.afterCommit(u -> committedHeads.putAll(heads));
            unitOfWork.onRollback(u -> heads.keySet().forEach(committedHeads::remove));
            return heads;
        });
    }
}
