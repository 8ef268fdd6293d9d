package io.stakingledger.app.support;

import io.stakingledger.app.LedgerApplication;

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

/**
 * The ledger as its own operating-system process (the test's class path, a store of the test's choosing),
 * so that a test can kill it with SIGKILL as a crash would.
 */
public final class LedgerProcess implements AutoCloseable {

    private final Process process;
    private final int port;
    private final Path log;

    private LedgerProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts the ledger on a free loopback port with {@code arguments} and waits until it answers. */
    public static LedgerProcess start(Path workDir, String... arguments) throws IOException, InterruptedException {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:TieredStopAtLevel=1", "-Daxoniq.update-checker.disabled=true",
                "-cp", classPath(), LedgerApplication.class.getName(),
                "--server.port=" + port, "--server.address=127.0.0.1", "--logging.level.root=WARN",
                "--ledger.security.rate-limit.enabled=false"));
        command.addAll(List.of(arguments));
        Path log = Files.createTempFile(workDir, "ledger-", ".log");
        Process process = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        LedgerProcess ledger = new LedgerProcess(process, port, log);
        ledger.awaitReady(Duration.ofSeconds(90));
        return ledger;
    }

    private static String classPath() {
        // Surefire runs tests from a manifest-only jar; the real class path is in this property.
        String surefire = System.getProperty("surefire.test.class.path");
        return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private void awaitReady(Duration timeout) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the ledger exited with " + process.exitValue() + ":\n" + output());
            }
            try {
                HttpResponse<Void> health = client.send(HttpRequest.newBuilder(uri("/actuator/health"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
                if (health.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        process.destroyForcibly();
        throw new IllegalStateException("the ledger did not answer within " + timeout + ":\n" + output());
    }

    /** The admin key the ledger wrote on its first start on a file store in {@code dataDir} (docs/security.md). */
    public static String adminKey(Path dataDir) throws IOException {
        return Files.readString(dataDir.resolve("admin.key")).trim();
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /** What the process printed so far. */
    public String output() throws IOException {
        return Files.readString(log);
    }

    /** SIGKILL: no shutdown hook, no flush, as a crash or an OOM killer would. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** Waits for a process that is expected to stop by itself (for instance one refusing its store). */
    public static ExitedLedger run(Path workDir, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:TieredStopAtLevel=1", "-Daxoniq.update-checker.disabled=true",
                "-cp", classPath(), LedgerApplication.class.getName(),
                "--server.port=" + freePort(), "--server.address=127.0.0.1"));
        command.addAll(List.of(arguments));
        Path log = Files.createTempFile(workDir, "ledger-", ".log");
        Process process = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(90, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("the ledger kept running:\n" + Files.readString(log));
        }
        return new ExitedLedger(process.exitValue(), Files.readString(log));
    }

    /** How a process that stopped by itself ended. */
    public record ExitedLedger(int exitCode, String output) {
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
