package io.stakingledger.app.publication;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.BooleanSupplier;

/**
 * A back-office consumer of the published topic, as docs/back-office.md tells one to write it: every record
 * received is kept (to count repeats), and per pool an event is applied only when its {@code sequence}
 * header is the next one (a repeat is skipped; the cursor is the idempotency key).
 */
final class PublishedStream implements AutoCloseable {

    /** One record as received. */
    record Received(String key, long cursor, long sequence, String type, String revision, String publisher,
                    byte[] value, long timestamp) {
    }

    private final KafkaConsumer<String, byte[]> consumer;
    private final List<Received> received = new ArrayList<>();
    private final Map<String, Long> lastApplied = new HashMap<>();
    private final Map<String, List<Long>> applied = new TreeMap<>();
    private int outOfOrder;

    PublishedStream(String bootstrap, String topic) {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, "back-office-" + UUID.randomUUID());
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        consumer = new KafkaConsumer<>(properties);
        consumer.subscribe(List.of(topic));
    }

    /** Polls until {@code done} holds or {@code timeout} passes; returns whether it held. */
    boolean pollUntil(BooleanSupplier done, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                receive(record);
            }
        }
        return true;
    }

    private void receive(ConsumerRecord<String, byte[]> record) {
        Received r = new Received(record.key(), Long.parseLong(header(record, "cursor")),
                Long.parseLong(header(record, "sequence")), header(record, "type"), header(record, "revision"),
                header(record, "publisher"), record.value(), record.timestamp());
        received.add(r);
        long last = lastApplied.getOrDefault(r.key(), -1L);
        if (r.sequence() == last + 1) {
            lastApplied.put(r.key(), r.sequence());
            applied.computeIfAbsent(r.key(), pool -> new ArrayList<>()).add(r.cursor());
        } else if (r.sequence() > last + 1) {
            outOfOrder++;
        }
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    List<Received> received() {
        return received;
    }

    Set<Long> distinctCursors() {
        Set<Long> cursors = new java.util.TreeSet<>();
        received.forEach(r -> cursors.add(r.cursor()));
        return cursors;
    }

    /** Per pool, the cursors applied by the sequence rule, in the order applied. */
    Map<String, List<Long>> applied() {
        return applied;
    }

    /** Records that arrived ahead of a pool's next sequence (a first delivery out of order); expected 0. */
    int outOfOrder() {
        return outOfOrder;
    }

    @Override
    public void close() {
        consumer.close(Duration.ofSeconds(5));
    }
}
