package io.stakingledger.app.publication;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.stakingledger.app.history.EventExport;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.kafka.KafkaProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaAdmin;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Wires the Kafka publisher when publishing is on ({@link KafkaPublishingEnabled}). Connection settings
 * (security protocol, SASL, TLS, client id, ...) come from Spring Boot's {@code spring.kafka.*} properties;
 * what publishing relies on is fixed here: {@code acks=all}, idempotence on, pool id as a string key, the
 * export line as bytes, and client timeouts no longer than {@code ledger.kafka.ack-timeout}.
 */
@Configuration
@Conditional(KafkaPublishingEnabled.class)
@EnableConfigurationProperties(KafkaProperties.class)
public class KafkaPublishingConfiguration {

    @Bean
    public PublisherSettings publisherSettings(
            @Value("${ledger.kafka.topic:ledger-events}") String topic,
            @Value("${ledger.kafka.node-id:}") String nodeId,
            @Value("${ledger.kafka.batch-size:500}") int batchSize,
            @Value("${ledger.kafka.poll-interval:PT0.2S}") Duration pollInterval,
            @Value("${ledger.kafka.lease:PT15S}") Duration lease,
            @Value("${ledger.kafka.ack-timeout:PT5S}") Duration ackTimeout,
            @Value("${ledger.kafka.max-backoff:PT10S}") Duration maxBackoff,
            @Value("${ledger.kafka.create-topic:true}") boolean createTopic,
            @Value("${ledger.kafka.topic-partitions:12}") int partitions,
            @Value("${ledger.kafka.topic-replicas:0}") short replicas) {
        return new PublisherSettings(topic, nodeId.isBlank() ? defaultNodeId() : nodeId, batchSize, pollInterval, lease,
                ackTimeout, maxBackoff, createTopic, partitions, replicas);
    }

    @Bean
    public KafkaPublisher kafkaPublisher(EventExport export, JdbcTemplate jdbc, KafkaProperties kafka,
                                         ObjectProvider<SslBundles> sslBundles, Environment environment,
                                         PublisherSettings settings) {
        String bootstrap = KafkaPublishingEnabled.bootstrapServers(environment);
        SslBundles bundles = sslBundles.getIfAvailable();

        Map<String, Object> producer = new HashMap<>(kafka.buildProducerProperties(bundles));
        producer.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        producer.put(ProducerConfig.ACKS_CONFIG, "all");
        producer.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        producer.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        producer.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        int ackMillis = (int) settings.ackTimeout().toMillis();
        producer.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, ackMillis);
        producer.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, ackMillis);
        producer.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 2 * ackMillis);
        producer.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, "ledger-publisher-" + settings.nodeId());
        DefaultKafkaProducerFactory<String, byte[]> producers = new DefaultKafkaProducerFactory<>(producer);
        // A failed batch discards its producer at once (pending sends fail) and the next attempt starts afresh.
        producers.setPhysicalCloseTimeout(0);

        Map<String, Object> adminConfig = new HashMap<>(kafka.buildAdminProperties(bundles));
        adminConfig.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        adminConfig.put(CommonClientConfigs.REQUEST_TIMEOUT_MS_CONFIG, ackMillis);
        adminConfig.put(CommonClientConfigs.DEFAULT_API_TIMEOUT_MS_CONFIG, ackMillis);
        KafkaAdmin admin = new KafkaAdmin(adminConfig);
        admin.setOperationTimeout(Math.max(1, (int) settings.ackTimeout().toSeconds()));
        admin.setFatalIfBrokerNotAvailable(false);

        return new KafkaPublisher(export, new PublicationStore(jdbc), producers, admin, settings);
    }

    /** Lag in events (store head index − published position), whether this node leads, and what it published. */
    @Bean
    public MeterBinder kafkaPublisherMetrics(KafkaPublisher publisher) {
        return registry -> bind(registry, publisher);
    }

    private static void bind(MeterRegistry registry, KafkaPublisher publisher) {
        String topic = publisher.settings().topic();
        Gauge.builder("ledger.kafka.lag", publisher, KafkaPublisher::lag).tag("topic", topic).baseUnit("events")
                .description("stored events not yet acknowledged by Kafka: store head index - published position")
                .register(registry);
        Gauge.builder("ledger.kafka.leader", publisher, KafkaPublisher::leading).tag("topic", topic)
                .description("1 while this node holds the publication lease").register(registry);
        Gauge.builder("ledger.kafka.published", publisher, KafkaPublisher::publishedByThisNode).tag("topic", topic)
                .baseUnit("events").description("events this node had acknowledged since it started").register(registry);
    }

    private static String defaultNodeId() {
        // "pid@host" plus a random part: two processes on one host, or a restarted one, never share a name.
        return ManagementFactory.getRuntimeMXBean().getName() + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
