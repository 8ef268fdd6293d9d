package io.stakingledger.app.history;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stakingledger.core.earlystaking.KashPurchased;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;

/**
 * {@code KashPurchased} revision 1 → 2: fills the new {@code soldAfter} with {@code soldBefore + amount},
 * exact, from the event's own stored fields. Works on the stored JSON, before any record is built, so
 * every reader of the store (the aggregates, the views, point-in-time views, statements) sees revision 2.
 * The export shows rows as stored and is not upcast.
 */
@Component
@Order(1)
public class KashPurchasedSoldAfterUpcaster extends SingleEventUpcaster {

    private static final SimpleSerializedType REVISION_1 = new SimpleSerializedType(KashPurchased.class.getName(), "1");
    private static final SimpleSerializedType REVISION_2 = new SimpleSerializedType(KashPurchased.class.getName(), "2");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation stored) {
        return stored.getType().equals(REVISION_1);
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation stored) {
        return stored.upcastPayload(REVISION_2, JsonNode.class, KashPurchasedSoldAfterUpcaster::withSoldAfter);
    }

    static JsonNode withSoldAfter(JsonNode revision1) {
        ObjectNode revision2 = revision1.deepCopy();
        BigDecimal soldAfter = new BigDecimal(revision1.get("soldBefore").asText())
                .add(new BigDecimal(revision1.get("amount").asText()));
        // A string, like every stored decimal, so no reader can take it for a double.
        revision2.put("soldAfter", soldAfter.toPlainString());
        return revision2;
    }
}
