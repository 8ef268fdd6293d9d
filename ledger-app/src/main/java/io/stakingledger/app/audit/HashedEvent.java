package io.stakingledger.app.audit;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;

/**
 * A pool event stamped with its hash, which stores the payload text the hash was computed over instead of
 * serializing the payload a second time. That halves the serialization work of every append (the import
 * spent 12 % of its time serializing payloads again for the store), and it makes the stored payload the
 * hashed one by construction rather than by two serializations agreeing.
 *
 * <p>Only the serializer the text came from reuses it; any other serializer, or a copy made by
 * {@code withMetaData}/{@code andMetaData}, serializes the payload as usual.
 */
final class HashedEvent<T> extends GenericDomainEventMessage<T> {

    private final transient Serializer serializer;
    private final transient SerializedObject<String> payload;

    HashedEvent(DomainEventMessage<T> event, MetaData metaData, Serializer serializer, SerializedObject<String> payload) {
        super(event.getType(), event.getAggregateIdentifier(), event.getSequenceNumber(),
                new GenericMessage<>(event.getIdentifier(), event.getPayloadType(), event.getPayload(), metaData),
                event::getTimestamp);
        this.serializer = serializer;
        this.payload = payload;
    }

    @Override
    public <R> SerializedObject<R> serializePayload(Serializer requested, Class<R> representation) {
        if (requested == serializer && payload != null) {
            return serializer.getConverter().convert(payload, representation);
        }
        return super.serializePayload(requested, representation);
    }
}
