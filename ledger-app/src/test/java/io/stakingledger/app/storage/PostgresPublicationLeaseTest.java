package io.stakingledger.app.storage;

import io.stakingledger.app.publication.PublicationStore;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import javax.sql.DataSource;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The publication lease on a real PostgreSQL (migration V3 applied by Flyway, as the ledger does): two
 * publisher nodes with connections of their own never publish at the same time, a node that stops is
 * replaced by the other, and a node that lost the lease cannot move the published position.
 */
class PostgresPublicationLeaseTest {

    private static final String TOPIC = "ledger-events";
    private static EmbeddedPostgres postgres;
    private static DataSource database;

    @BeforeAll
    static void startPostgres() throws IOException, SQLException {
        postgres = EmbeddedPostgres.builder().start();
        try (Connection admin = postgres.getPostgresDatabase().getConnection()) {
            admin.createStatement().execute("CREATE DATABASE publication");
        }
        database = new DriverManagerDataSource(postgres.getJdbcUrl("postgres", "publication"), "postgres", "");
        Flyway.configure().dataSource(database).load().migrate();
    }

    @AfterAll
    static void stopPostgres() throws IOException {
        if (postgres != null) {
            postgres.close();
        }
    }

    /** A node: its own connections to the shared database, like a second server. */
    private static PublicationStore node() {
        return new PublicationStore(new JdbcTemplate(
                new DriverManagerDataSource(postgres.getJdbcUrl("postgres", "publication"), "postgres", "")));
    }

    @Test
    void twoNodesNeverPublishAtTheSameTimeAndTheSecondTakesOverWhenTheFirstStops() throws Exception {
        Duration lease = Duration.ofSeconds(2);
        Set publishing = new Set();
        AtomicBoolean aRuns = new AtomicBoolean(true);
        AtomicBoolean bRuns = new AtomicBoolean(true);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        List<String> advancedBy = java.util.Collections.synchronizedList(new ArrayList<>());
        Thread a = publisherLoop("node-a", node(), lease, aRuns, publishing, advancedBy, failure);
        Thread b = publisherLoop("node-b", node(), lease, bRuns, publishing, advancedBy, failure);
        a.start();
        b.start();
        Thread.sleep(3_000);
        String first = advancedBy.get(0);
        aRuns.set(!first.equals("node-a"));
        bRuns.set(!first.equals("node-b"));
        Thread.sleep(lease.toMillis() * 3);
        aRuns.set(false);
        bRuns.set(false);
        a.join(10_000);
        b.join(10_000);

        assertThat(failure.get()).as("both nodes inside the publishing section at once").isNull();
        String second = first.equals("node-a") ? "node-b" : "node-a";
        int handOver = advancedBy.lastIndexOf(first);
        assertThat(advancedBy.subList(0, handOver + 1)).as("only the first holder publishes while it runs")
                .containsOnly(first);
        assertThat(advancedBy.subList(handOver + 1, advancedBy.size())).as("the other took over").isNotEmpty()
                .containsOnly(second);
        assertThat(node().row(TOPIC).orElseThrow().position()).isEqualTo(advancedBy.size());
    }

    @Test
    void aNodeWhoseLeaseWasTakenCannotMoveThePosition() throws InterruptedException {
        String publication = "taken-" + System.nanoTime();
        PublicationStore a = node();
        PublicationStore b = node();
        a.ensure(publication);
        b.ensure(publication);
        assertThat(a.claim(publication, "a", Duration.ofMillis(300))).isTrue();
        assertThat(b.claim(publication, "b", Duration.ofMillis(300))).as("a holds it").isFalse();
        Thread.sleep(600);
        assertThat(b.claim(publication, "b", Duration.ofSeconds(30))).as("a's lease ran out").isTrue();

        assertThat(a.advance(publication, "a", 0, 10)).isFalse();
        assertThat(a.claim(publication, "a", Duration.ofSeconds(30))).isFalse();
        assertThat(b.advance(publication, "b", 0, 10)).isTrue();
        assertThat(b.advance(publication, "b", 0, 20)).as("the position moved meanwhile").isFalse();
        b.release(publication, "b");
        assertThat(a.claim(publication, "a", Duration.ofSeconds(30))).as("released: taken at once").isTrue();
        assertThat(a.row(publication).orElseThrow().position()).isEqualTo(10);
    }

    /** Who is inside the publishing section; a second entrant is a failure of the lease. */
    private static final class Set {
        private final java.util.Set<String> inside = ConcurrentHashMap.newKeySet();
        private final AtomicInteger count = new AtomicInteger();

        void enter(String node) {
            inside.add(node);
            if (count.incrementAndGet() > 1) {
                throw new AssertionError("two nodes publish at once: " + inside);
            }
        }

        void leave(String node) {
            count.decrementAndGet();
            inside.remove(node);
        }
    }

    /**
     * What a publisher does with the store, without Kafka: hold the lease (renewing at a third of it), then
     * inside the publishing section "send" one event and advance the position by one.
     */
    private static Thread publisherLoop(String name, PublicationStore store, Duration lease, AtomicBoolean runs,
                                        Set publishing, List<String> advancedBy, AtomicReference<Throwable> failure) {
        return new Thread(() -> {
            store.ensure(TOPIC);
            long heldSince = 0;
            boolean holding = false;
            try {
                while (runs.get()) {
                    long now = System.nanoTime();
                    if (!holding || now - heldSince > lease.toNanos() / 3) {
                        holding = store.claim(TOPIC, name, lease);
                        heldSince = now;
                    }
                    if (!holding) {
                        Thread.sleep(50);
                        continue;
                    }
                    publishing.enter(name);
                    try {
                        long position = store.row(TOPIC).orElseThrow().position();
                        Thread.sleep(20);
                        if (store.advance(TOPIC, name, position, position + 1)) {
                            advancedBy.add(name);
                        } else {
                            holding = false;
                        }
                    } finally {
                        publishing.leave(name);
                    }
                }
            } catch (Throwable e) {
                failure.compareAndSet(null, e);
            }
            // A stopped node just stops: no release, so the other must wait for the lease to run out.
        }, name);
    }
}
