package io.stakingledger.app.audit;

import io.stakingledger.core.pointsboost.PriceSet;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The payload a hash covers is the payload the store writes, serialized once. */
class HashedEventTest {

    private final Serializer serializer = JacksonSerializer.defaultSerializer();
    private final GenericDomainEventMessage<PriceSet> event = new GenericDomainEventMessage<>("PointsBoostPool", "p", 3,
            new PriceSet("p", new BigDecimal("0.25"), Instant.parse("2026-01-01T00:00:00Z")));

    @Test
    void theStoreGetsTheHashedTextInTheRepresentationItAsksFor() {
        SerializedObject<String> hashed = serializer.serialize(event.getPayload(), String.class);
        // A marker text, so that the test fails if the payload were serialized again instead of reused.
        SerializedObject<String> marked = new SimpleSerializedObject<>(
                hashed.getData().replace("0.25", "0.250"), String.class, hashed.getType());
        HashedEvent<PriceSet> stamped = new HashedEvent<>(event, MetaData.with("hash", "h"), serializer, marked);

        SerializedObject<byte[]> stored = stamped.serializePayload(serializer, byte[].class);

        assertThat(new String(stored.getData(), StandardCharsets.UTF_8)).isEqualTo(marked.getData());
        assertThat(stored.getType()).isEqualTo(hashed.getType());
    }

    @Test
    void keepsTheEventsIdentitySequenceTimeAndTheNewMetadata() {
        SerializedObject<String> hashed = serializer.serialize(event.getPayload(), String.class);
        HashedEvent<PriceSet> stamped = new HashedEvent<>(event, event.getMetaData().and("hash", "h"), serializer, hashed);

        assertThat(stamped.getIdentifier()).isEqualTo(event.getIdentifier());
        assertThat(stamped.getSequenceNumber()).isEqualTo(3);
        assertThat(stamped.getAggregateIdentifier()).isEqualTo("p");
        assertThat(stamped.getType()).isEqualTo("PointsBoostPool");
        assertThat(stamped.getTimestamp()).isEqualTo(event.getTimestamp());
        assertThat(stamped.getPayload()).isEqualTo(event.getPayload());
        assertThat(stamped.getMetaData()).containsEntry("hash", "h");
    }

    @Test
    void anotherSerializerSerializesThePayloadItself() {
        SerializedObject<String> marked = new SimpleSerializedObject<>(
                "not the payload", String.class, serializer.serialize(event.getPayload(), String.class).getType());
        HashedEvent<PriceSet> stamped = new HashedEvent<>(event, MetaData.emptyInstance(), serializer, marked);
        Serializer other = JacksonSerializer.defaultSerializer();

        assertThat(stamped.serializePayload(other, String.class).getData()).contains("\"price\"").doesNotContain("not the payload");
    }
}
