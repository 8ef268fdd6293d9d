package io.stakingledger.app.durability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stakingledger.app.support.LedgerProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Acknowledged means durable: the real application on an H2 file, loaded by concurrent clients, is
 * killed with SIGKILL; after the restart every command that was answered 2xx is in the store (sent again
 * with its commandId it answers {@code duplicate: true}) and the audit is ok. Several cycles on one store.
 */
class CrashTest {

    private static final int CYCLES = 3;
    private static final int CLIENTS = 8;
    private static final Duration LOAD = Duration.ofSeconds(3);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    /** The bootstrap admin key of the store under test. */
    private String key;

    @Test
    void noAcknowledgedCommandIsLostWhenTheProcessIsKilled(@TempDir Path dir) throws Exception {
        String store = "--spring.datasource.url=jdbc:h2:file:" + dir.resolve("ledger") + ";DB_CLOSE_ON_EXIT=FALSE";
        Map<String, String> acknowledged = new ConcurrentHashMap<>();
        int lost = 0;
        for (int cycle = 0; cycle < CYCLES; cycle++) {
            LedgerProcess ledger = LedgerProcess.start(dir, store);
            key = LedgerProcess.adminKey(dir);
            try {
                lost += missing(ledger, acknowledged);
                if (cycle == 0) {
                    for (int pool = 0; pool < 4; pool++) {
                        assertThat(post(ledger, "/api/pools", """
                                {"pool":"crash-%d","program":"points-boost","commandId":"create-%d"}""".formatted(pool, pool))
                                .statusCode()).isEqualTo(201);
                    }
                }
                load(ledger, cycle, acknowledged);
            } finally {
                ledger.kill();
            }
        }
        try (LedgerProcess ledger = LedgerProcess.start(dir, store)) {
            lost += missing(ledger, acknowledged);
            JsonNode audit = JSON.readTree(get(ledger, "/api/audit").body());
            assertThat(audit).hasSize(4);
            audit.forEach(pool -> assertThat(pool.get("ok").asBoolean()).as(pool.toString()).isTrue());
        }
        System.out.printf("crash test: %d cycles, %d acknowledged commands, %d lost%n", CYCLES, acknowledged.size(), lost);
        assertThat(acknowledged).hasSizeGreaterThan(100 * CYCLES);
        assertThat(lost).isZero();
    }

    /** Sends commands from several clients until the load time is over; remembers each acknowledged one. */
    private void load(LedgerProcess ledger, int cycle, Map<String, String> acknowledged) throws InterruptedException {
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        AtomicBoolean stop = new AtomicBoolean();
        for (int client = 0; client < CLIENTS; client++) {
            int id = client;
            clients.submit(() -> {
                for (int n = 0; !stop.get(); n++) {
                    String commandId = "c%d-%d-%d".formatted(cycle, id, n);
                    String path = "/api/pools/crash-%d/commands/Stake".formatted(id % 4);
                    String body = """
                            {"account":"acct-%d","amount":"1.5","commandId":"%s"}""".formatted(id, commandId);
                    try {
                        HttpResponse<String> answer = post(ledger, path, body);
                        if (answer.statusCode() == 200) {
                            acknowledged.put(commandId, path + "\n" + body);
                        }
                    } catch (IOException | InterruptedException killed) {
                        return;
                    }
                }
            });
        }
        Thread.sleep(LOAD.toMillis());
        // Killed while the clients are still sending: the last commands are in flight.
        ledger.kill();
        stop.set(true);
        clients.shutdown();
        clients.awaitTermination(30, TimeUnit.SECONDS);
    }

    /** Sends every acknowledged command again; each must be known (duplicate) rather than executed afresh. */
    private int missing(LedgerProcess ledger, Map<String, String> acknowledged) throws Exception {
        List<String> lost = new ArrayList<>();
        for (Map.Entry<String, String> command : acknowledged.entrySet()) {
            String[] pathAndBody = command.getValue().split("\n", 2);
            HttpResponse<String> answer = post(ledger, pathAndBody[0], pathAndBody[1]);
            JsonNode result = JSON.readTree(answer.body());
            if (answer.statusCode() != 200 || !result.path("duplicate").asBoolean()) {
                lost.add(command.getKey() + " -> " + answer.statusCode() + " " + answer.body());
            }
        }
        assertThat(lost).as("acknowledged commands missing after a kill").isEmpty();
        return lost.size();
    }

    private HttpResponse<String> post(LedgerProcess ledger, String path, String json)
            throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(ledger.uri(path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + key)
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(LedgerProcess ledger, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(ledger.uri(path)).timeout(Duration.ofSeconds(30))
                        .header("Authorization", "Bearer " + key).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
