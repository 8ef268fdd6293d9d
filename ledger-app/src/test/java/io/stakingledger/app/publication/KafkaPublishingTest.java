package io.stakingledger.app.publication;

import io.micrometer.core.instrument.MeterRegistry;
import io.stakingledger.app.LedgerApplication;
import io.stakingledger.app.batch.BatchRunner;
import io.stakingledger.app.history.EventExport;
import io.stakingledger.app.history.ExportedEvent;
import io.stakingledger.app.support.TcpGate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Publishing to a real Kafka broker (KRaft, started in this JVM by spring-kafka-test). The broker advertises
 * itself behind a {@link TcpGate}, so a test can make it unreachable for a while without stopping it. Each
 * test has its own store and topic; a back-office consumer ({@link PublishedStream}) reads the topic.
 */
class KafkaPublishingTest {

    private static final String[] PROGRAMS = {"early-staking", "points-boost", "governance-mining", "vote-escrow"};

    private static EmbeddedKafkaKraftBroker broker;
    private static TcpGate gate;

    private final List<ConfigurableApplicationContext> nodes = new CopyOnWriteArrayList<>();
    private final String store = "jdbc:h2:mem:kafka-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    private final String topic = "ledger-events-" + UUID.randomUUID().toString().substring(0, 8);
    private final Map<String, String> pools = new LinkedHashMap<>();
    private Instant clock = Instant.parse("2026-01-01T00:00:00Z");
    private int round;

    @BeforeAll
    static void startBroker() throws IOException {
        int brokerPort = TcpGate.freePort();
        gate = TcpGate.to(brokerPort);
        broker = new EmbeddedKafkaKraftBroker(1, 3);
        broker.brokerProperties(Map.of(
                "listeners", "EXTERNAL://127.0.0.1:" + brokerPort + ",CONTROLLER://127.0.0.1:0",
                "advertised.listeners", "EXTERNAL://127.0.0.1:" + gate.port()));
        broker.afterPropertiesSet();
    }

    @AfterAll
    static void stopBroker() throws IOException {
        if (broker != null) {
            broker.destroy();
        }
        if (gate != null) {
            gate.close();
        }
    }

    @AfterEach
    void stopNodes() throws IOException {
        gate.restore();
        nodes.forEach(ConfigurableApplicationContext::close);
    }

    private ConfigurableApplicationContext node() {
        return node("PT1S", "PT4S");
    }

    /** A ledger node on this test's store publishing to this test's topic through the gate. */
    private ConfigurableApplicationContext node(String ackTimeout, String lease) {
        ConfigurableApplicationContext node = new SpringApplicationBuilder(LedgerApplication.class).run(
                "--spring.datasource.url=" + store, "--server.port=0", "--server.address=127.0.0.1",
                "--logging.level.root=WARN", "--logging.level.io.stakingledger.app.publication=INFO",
                "--ledger.kafka.bootstrap-servers=127.0.0.1:" + gate.port(), "--ledger.kafka.topic=" + topic,
                "--ledger.kafka.topic-partitions=3", "--ledger.kafka.batch-size=3",
                "--ledger.kafka.poll-interval=PT0.05S", "--ledger.kafka.lease=" + lease, "--ledger.kafka.ack-timeout=" + ackTimeout,
                "--ledger.kafka.max-backoff=PT0.5S");
        nodes.add(node);
        return node;
    }

    private static KafkaPublisher publisher(ConfigurableApplicationContext node) {
        return node.getBean(KafkaPublisher.class);
    }

    /** One command on each of four pools (one per program), creating them on the first round. */
    private void rounds(ConfigurableApplicationContext node, int count) {
        BatchRunner batch = node.getBean(BatchRunner.class);
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < count; i++) {
            clock = clock.plusSeconds(3600);
            for (String program : PROGRAMS) {
                String pool = pools.computeIfAbsent(program, p -> p + "-" + UUID.randomUUID().toString().substring(0, 6));
                lines.append(round == 0 ? creation(program, pool) : command(program, pool, round)).append('\n');
            }
            round++;
        }
        List<String> answers = batch.run(lines.toString());
        assertThat(answers).as("no command rejected").isEmpty();
    }

    private String creation(String program, String pool) {
        String params = program.equals("early-staking") ? ",\"params\":{\"start\":\"2026-01-01T00:00:00Z\"}" : "";
        return "{\"type\":\"CreatePool\",\"pool\":\"%s\",\"program\":\"%s\"%s,\"at\":\"%s\"}".formatted(pool, program,
                params, clock);
    }

    private String command(String program, String pool, int n) {
        String account = "acct-" + (n % 5);
        String amount = (10 + n) + ".000000000000000001";
        return switch (program) {
            case "early-staking", "points-boost" -> "{\"type\":\"Stake\",\"pool\":\"%s\",\"account\":\"%s\",\"amount\":\"%s\",\"at\":\"%s\"}"
                    .formatted(pool, account, amount, clock);
            case "governance-mining" -> "{\"type\":\"RequestStake\",\"pool\":\"%s\",\"account\":\"%s\",\"amount\":\"%s\",\"at\":\"%s\"}"
                    .formatted(pool, account, amount.substring(0, amount.indexOf('.')), clock);
            default -> "{\"type\":\"Lock\",\"pool\":\"%s\",\"account\":\"%s\",\"amount\":\"%s\",\"term\":\"4M\",\"at\":\"%s\"}"
                    .formatted(pool, account, amount, clock);
        };
    }

    /** Every stored event of this test's store, by cursor, as the export gives it. */
    private static Map<Long, ExportedEvent> stored(ConfigurableApplicationContext node) {
        Map<Long, ExportedEvent> events = new LinkedHashMap<>();
        for (ExportedEvent event : node.getBean(EventExport.class).events(0, EventExport.MAX_PAGE)) {
            events.put(event.cursor(), event);
        }
        return events;
    }

    private static void awaitCaughtUp(ConfigurableApplicationContext node) {
        KafkaPublisher publisher = publisher(node);
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (publisher.lag() > 0 || publisher.state() != KafkaPublisher.State.PUBLISHING) {
            assertThat(System.nanoTime()).as("publisher caught up (lag %d, %s)", publisher.lag(), publisher.state())
                    .isLessThan(deadline);
            sleep(50);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The consumer saw every stored event, with the export's exact line, in each pool's order. */
    private static void assertDelivered(PublishedStream stream, Map<Long, ExportedEvent> stored,
                                        ConfigurableApplicationContext node) {
        EventExport export = node.getBean(EventExport.class);
        assertThat(stream.pollUntil(() -> stream.distinctCursors().containsAll(stored.keySet()), Duration.ofSeconds(60)))
                .as("every stored cursor arrives").isTrue();
        assertThat(stream.distinctCursors()).as("nothing but stored events").isEqualTo(stored.keySet());
        for (PublishedStream.Received r : stream.received()) {
            ExportedEvent event = stored.get(r.cursor());
            assertThat(r.key()).isEqualTo(event.pool());
            assertThat(r.type()).isEqualTo(event.type());
            assertThat(r.revision()).isEqualTo(event.revision());
            assertThat(r.sequence()).isEqualTo(event.sequence());
            assertThat(new String(r.value(), StandardCharsets.UTF_8))
                    .isEqualTo(new String(export.bytes(event.line()), StandardCharsets.UTF_8));
        }
        Map<String, List<Long>> expected = new HashMap<>();
        stored.values().forEach(e -> expected.computeIfAbsent(e.pool(), p -> new ArrayList<>()).add(e.cursor()));
        assertThat(stream.applied()).as("each pool's events, in order, none missing").isEqualTo(expected);
        assertThat(stream.outOfOrder()).as("no event arrived ahead of its pool's previous one").isZero();
    }

    @Test
    void everyStoredEventOfSeveralPoolsArrivesOnceWithTheExportLineKeyedByPoolInPoolOrder() {
        // Time enough for a cold broker's first answer: a batch sent again is a repeat, which this test counts.
        ConfigurableApplicationContext node = node("PT20S", "PT60S");
        rounds(node, 30);
        awaitCaughtUp(node);
        Map<Long, ExportedEvent> stored = stored(node);

        try (PublishedStream stream = new PublishedStream("127.0.0.1:" + gate.port(), topic)) {
            assertDelivered(stream, stored, node);
            assertThat(stream.received()).as("each cursor exactly once").hasSameSizeAs(stored.keySet());
        }
        assertThat(stored).hasSize(4 * 30);
        assertThat(node.getBean(JdbcTemplate.class).queryForObject(
                "SELECT publishedPosition FROM EventPublication WHERE publication = ?", Long.class, topic))
                .isEqualTo(stored.keySet().stream().mapToLong(Long::longValue).max().orElseThrow());
        assertThat(node.getBean(MeterRegistry.class).get("ledger.kafka.lag").tag("topic", topic).gauge().value()).isZero();
    }

    @Test
    void publisherStoppedAndRestartedMidStreamAndAfterANodeRestartResumesWithoutAGap() {
        ConfigurableApplicationContext first = node();
        rounds(first, 40);
        KafkaPublisher publisher = publisher(first);
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (publisher.publishedByThisNode() == 0 && System.nanoTime() < deadline) {
            sleep(1);
        }
        publisher.stop();
        assertThat(publisher.lag()).as("stopped in the middle of the stream").isPositive();
        rounds(first, 10);
        publisher.start();
        sleep(100);
        first.close();

        ConfigurableApplicationContext second = node();
        rounds(second, 10);
        awaitCaughtUp(second);

        try (PublishedStream stream = new PublishedStream("127.0.0.1:" + gate.port(), topic)) {
            assertDelivered(stream, stored(second), second);
        }
    }

    @Test
    void brokerUnreachableForAWhileDelaysPublishingButNeitherBlocksCommandsNorLosesEvents() throws IOException {
        ConfigurableApplicationContext node = node();
        rounds(node, 10);
        awaitCaughtUp(node);
        KafkaPublisher publisher = publisher(node);

        gate.cut();
        long started = System.nanoTime();
        for (int i = 0; i < 10; i++) {
            rounds(node, 2);
        }
        Duration commandsTook = Duration.ofNanos(System.nanoTime() - started);
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (publisher.state() != KafkaPublisher.State.BROKER_UNAVAILABLE && System.nanoTime() < deadline) {
            sleep(20);
        }
        assertThat(publisher.state()).isEqualTo(KafkaPublisher.State.BROKER_UNAVAILABLE);
        assertThat(publisher.lag()).as("events wait while the broker is away").isPositive();
        assertThat(commandsTook).as("80 commands while the broker is away").isLessThan(Duration.ofSeconds(20));
        sleep(1500);
        rounds(node, 5);

        gate.restore();
        awaitCaughtUp(node);
        try (PublishedStream stream = new PublishedStream("127.0.0.1:" + gate.port(), topic)) {
            assertDelivered(stream, stored(node), node);
        }
    }
}
