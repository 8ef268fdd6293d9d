package io.stakingledger.app.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The real {@code ledger-app.jar} as a process of its own, on 127.0.0.1 and a free port, with the heap
 * ceiling of the benchmark, a GC log (for the peak heap) and, on request, a JFR recording. Its first start
 * on an empty store writes the admin key to the data directory (security/BootstrapKey), which is the key
 * the load uses.
 */
final class LedgerServer implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern GC_LINE = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");

    private final Process process;
    private final int port;
    private final Path log;
    private final Path gcLog;
    private final long startedNanos;
    private final AtomicLong sampledPeak = new AtomicLong();
    private final AtomicBoolean sampling = new AtomicBoolean();
    private Thread sampler;

    private LedgerServer(Process process, int port, Path log, Path gcLog, long startedNanos) {
        this.process = process;
        this.port = port;
        this.log = log;
        this.gcLog = gcLog;
        this.startedNanos = startedNanos;
    }

    /**
     * Starts the jar with {@code jvmOptions} and the Spring {@code arguments}; returns at once (see
     * {@link #awaitReady}).
     */
    static LedgerServer start(Path jar, Path dir, String name, List<String> jvmOptions, List<String> arguments)
            throws IOException {
        int port = freePort();
        Path gcLog = dir.resolve(name + "-gc.log");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-Xlog:gc:file=" + gcLog);
        command.addAll(List.of("-Daxoniq.update-checker.disabled=true", "-jar", jar.toString(),
                "--server.port=" + port, "--server.address=127.0.0.1"));
        command.addAll(arguments);
        Path log = dir.resolve(name + ".log");
        long started = System.nanoTime();
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        return new LedgerServer(process, port, log, gcLog, started);
    }

    /** Waits until {@code /actuator/health/readiness} answers 200; returns the seconds since the start. */
    double awaitReady(Duration timeout) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the ledger exited with " + process.exitValue() + "; see " + log);
            }
            try {
                HttpResponse<Void> ready = client.send(HttpRequest.newBuilder(uri("/actuator/health/readiness"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
                if (ready.statusCode() == 200) {
                    return (System.nanoTime() - startedNanos) / 1e9;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(50);
        }
        close();
        throw new IllegalStateException("the ledger was not ready within " + timeout + "; see " + log);
    }

    String base() {
        return "http://127.0.0.1:" + port;
    }

    URI uri(String path) {
        return URI.create(base() + path);
    }

    Path log() {
        return log;
    }

    /** An authenticated request; the answer's status and body. */
    HttpResponse<String> send(String key, String method, String path, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofMinutes(30))
                .header("Authorization", "Bearer " + key);
        if (body != null) {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Polls {@code jvm.memory.used} (heap) through the actuator every 250 ms and keeps the highest. */
    void sampleHeap(String key) {
        sampling.set(true);
        sampler = new Thread(() -> {
            while (sampling.get()) {
                try {
                    HttpResponse<String> answer = send(key, "GET", "/actuator/metrics/jvm.memory.used?tag=area:heap", null);
                    if (answer.statusCode() == 200) {
                        JsonNode value = JSON.readTree(answer.body()).path("measurements").path(0).path("value");
                        sampledPeak.accumulateAndGet(value.asLong(), Math::max);
                    }
                    Thread.sleep(250);
                } catch (IOException ignored) {
                    // the server is stopping
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    long sampledPeakHeap() {
        return sampledPeak.get();
    }

    /** From the GC log: the highest heap occupancy before a collection and after one, and the ceiling (MiB). */
    long[] gcHeapMiB() throws IOException {
        long before = 0;
        long after = 0;
        long max = 0;
        if (Files.exists(gcLog)) {
            for (String line : Files.readAllLines(gcLog)) {
                Matcher m = GC_LINE.matcher(line);
                if (m.find()) {
                    before = Math.max(before, Long.parseLong(m.group(1)));
                    after = Math.max(after, Long.parseLong(m.group(2)));
                    max = Math.max(max, Long.parseLong(m.group(3)));
                }
            }
        }
        return new long[]{before, after, max};
    }

    /** True when the server's log or GC log shows an OutOfMemoryError. */
    boolean ranOutOfMemory() throws IOException {
        return Files.readString(log).contains("OutOfMemoryError");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** SIGTERM, as an operator stops it: the ledger writes its checkpoint and closes the store. */
    @Override
    public void close() throws InterruptedException {
        sampling.set(false);
        if (sampler != null) {
            sampler.interrupt();
            sampler.join(2_000);
        }
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor();
            }
        }
    }
}
