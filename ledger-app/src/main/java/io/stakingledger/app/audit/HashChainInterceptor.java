package io.stakingledger.app.audit;

import io.stakingledger.core.common.PoolEvent;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.serialization.RevisionResolver;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;

/**
 * Stamps {@code hash} and {@code previousHash} into the metadata of every pool event as it is
 * published, before it is stored. The hash covers the event's {@code actor} when its metadata carries
 * one (copied from the command's metadata, see {@code ActorConfiguration}).
 *
 * <p>The link is taken for the event's own sequence number: an event at sequence {@code n} links to the
 * stored event {@code n - 1}. The pool's aggregate is current with the store when it decides (see
 * {@code CurrentPoolRepository}), and the store's unique (pool, sequence) key lets only one writer take
 * sequence {@code n}, so the link is that of the stored history whatever any cache holds. The hash this
 * process committed last per pool is kept with its sequence and used only for exactly {@code n - 1};
 * anything else is read from the store.
 */
public class HashChainInterceptor implements MessageDispatchInterceptor<EventMessage<?>> {

    private static final String PENDING = HashChainInterceptor.class.getName() + ".pending";

    private final Serializer eventSerializer;
    private final RevisionResolver revisions;
    private final BiFunction<String, Long, String> storedHashAt;
    private final Map<String, Link> committedHeads = new ConcurrentHashMap<>();

    /** The hash of one stored event of a pool. */
    private record Link(long sequence, String hash) {
    }

    /**
     * @param storedHashAt the stored hash of a pool's event at a sequence ({@link HashChain#GENESIS} below 0)
     */
    public HashChainInterceptor(Serializer eventSerializer, RevisionResolver revisions,
                                BiFunction<String, Long, String> storedHashAt) {
        this.eventSerializer = eventSerializer;
        this.revisions = revisions;
        this.storedHashAt = storedHashAt;
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
        long sequence = domain.getSequenceNumber();
        Map<String, Link> pending = pendingHeads();
        String previous = previousHash(pool, sequence, pending.getOrDefault(pool, committedHeads.get(pool)));
        SerializedObject<String> serialized = eventSerializer.serialize(domain.getPayload(), String.class);
        String payload = serialized.getData();
        String actor = domain.getMetaData().get(HashChain.ACTOR) instanceof String named ? named : null;
        String hash = HashChain.hash(HashChain.canonicalForm(domain.getPayloadType().getName(),
                revisions.revisionOf(domain.getPayloadType()), pool, sequence,
                event.at() == null ? null : event.at().toString(), payload, previous, actor));
        pending.put(pool, new Link(sequence, hash));
        return stamped(domain, domain.getMetaData().and(HashChain.HASH, hash).and(HashChain.PREVIOUS_HASH, previous),
                serialized);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private EventMessage<?> stamped(DomainEventMessage<?> event, MetaData metaData, SerializedObject<String> payload) {
        return new HashedEvent(event, metaData, eventSerializer, payload);
    }

    private String previousHash(String pool, long sequence, Link known) {
        if (known != null && known.sequence() == sequence - 1) {
            return known.hash();
        }
        return storedHashAt.apply(pool, sequence - 1);
    }

    private Map<String, Link> pendingHeads() {
        if (!CurrentUnitOfWork.isStarted()) {
            return new HashMap<>();
        }
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get().root();
        return unitOfWork.getOrComputeResource(PENDING, key -> {
            Map<String, Link> heads = new HashMap<>();
            unitOfWork.afterCommit(u -> committedHeads.putAll(heads));
            return heads;
        });
    }
}
