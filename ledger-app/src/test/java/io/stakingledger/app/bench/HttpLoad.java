package io.stakingledger.app.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/**
 * A closed-loop HTTP load from this process (the benchmark's, never the server's): each client sends its
 * own list of requests one after the other on its own keep-alive HTTP/1.1 connection (one JDK
 * {@link HttpClient} per client), and records when each answer completed, how long it took and its status.
 *
 * <p>Measurement: the first {@code warmupFraction} of every client's requests are warm-up. The measured
 * interval is where every client is past its warm-up and none has finished; it is cut into
 * {@code windows} equal time windows, each a repetition: its completions per second and its latency
 * percentiles. The figure is the median over the windows.
 */
final class HttpLoad {

    /** One request: a method, a path, and a JSON body for POST (null for GET). */
    record Call(String method, String path, byte[] body) {
        static Call get(String path) {
            return new Call("GET", path, null);
        }

        static Call post(String path, byte[] body) {
            return new Call("POST", path, body);
        }
    }

    /** What one client saw: completion instants (ns), latencies (ns), statuses, in order. */
    static final class Trace {
        final long[] done;
        final long[] nanos;
        final int[] status;
        /** The first answers that were not 2xx, with their bodies: what a 4xx or 5xx in the figures was. */
        final List<String> failures = new ArrayList<>();
        int count;
        /** The first part of the requests a client completed (not of those it was given) is warm-up. */
        double warmupFraction;

        Trace(int size) {
            done = new long[size];
            nanos = new long[size];
            status = new int[size];
        }
    }

    /** The figures of one load, medians over its windows. */
    record Result(String name, int clients, long requests, double perSecond, double p50Millis, double p99Millis,
                  long status5xx, long status4xx, long ioErrors, double[] windowRates, double measuredSeconds,
                  List<String> failures) {
    }

    /** Answers kept per client when they are not 2xx. */
    private static final int FAILURES_KEPT = 5;

    /** Discards a 2xx answer's body (as before) and keeps any other's, to say what went wrong. */
    private static final HttpResponse.BodyHandler<String> BODY_OF_FAILURES = info -> info.statusCode() / 100 == 2
            ? HttpResponse.BodySubscribers.replacing(null)
            : HttpResponse.BodySubscribers.ofString(java.nio.charset.StandardCharsets.UTF_8);

    private final String base;
    private final String key;
    private final double warmupFraction;
    private final int windows;
    private final Duration limit;

    HttpLoad(String base, String key, double warmupFraction, int windows, Duration limit) {
        this.base = base;
        this.key = key;
        this.warmupFraction = warmupFraction;
        this.windows = windows;
        this.limit = limit;
    }

    /** Runs {@code clients} clients at once, client {@code c} sending {@code calls.apply(c)}. */
    Result run(String name, int clients, IntFunction<List<Call>> calls) throws InterruptedException {
        List<List<Call>> lists = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            lists.add(calls.apply(c));
        }
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long deadline = System.nanoTime() + limit.toNanos();
        List<Future<Trace>> futures = new ArrayList<>();
        for (List<Call> list : lists) {
            futures.add(pool.submit(() -> client(list, deadline)));
        }
        List<Trace> traces = new ArrayList<>();
        try {
            for (Future<Trace> f : futures) {
                traces.add(f.get());
            }
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("load " + name + " failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return summarise(name, traces, windows);
    }

    private Trace client(List<Call> calls, long deadline) {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        Trace trace = new Trace(calls.size());
        trace.warmupFraction = warmupFraction;
        for (Call call : calls) {
            if (System.nanoTime() > deadline) {
                break;
            }
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + call.path()))
                    .timeout(Duration.ofSeconds(60));
            if (key != null) {
                request.header("Authorization", "Bearer " + key);
            }
            if (call.body() != null) {
                request.header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(call.body()));
            } else {
                request.GET();
            }
            long before = System.nanoTime();
            int status;
            try {
                HttpResponse<String> answer = http.send(request.build(), BODY_OF_FAILURES);
                status = answer.statusCode();
                if (status / 100 != 2 && trace.failures.size() < FAILURES_KEPT) {
                    String body = String.valueOf(answer.body());
                    trace.failures.add(status + " " + call.method() + " " + call.path() + ": "
                            + body.substring(0, Math.min(body.length(), 400)));
                }
            } catch (IOException e) {
                status = -1;
                if (trace.failures.size() < FAILURES_KEPT) {
                    trace.failures.add("I/O " + call.method() + " " + call.path() + ": " + e);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            long after = System.nanoTime();
            trace.done[trace.count] = after;
            trace.nanos[trace.count] = after - before;
            trace.status[trace.count] = status;
            trace.count++;
        }
        return trace;
    }

    /** The median figures over {@code windows} equal windows of the interval where every client is measured. */
    static Result summarise(String name, List<Trace> traces, int windows) {
        long from = Long.MIN_VALUE;
        long to = Long.MAX_VALUE;
        long s5 = 0;
        long s4 = 0;
        long io = 0;
        long total = 0;
        for (Trace t : traces) {
            if (t.count == 0) {
                throw new IllegalStateException("load " + name + ": a client completed no request");
            }
            int warm = (int) Math.min(t.count - 1L, Math.round(t.count * t.warmupFraction));
            from = Math.max(from, t.done[warm]);
            to = Math.min(to, t.done[t.count - 1]);
            total += t.count;
            for (int i = 0; i < t.count; i++) {
                int s = t.status[i];
                if (s >= 500) {
                    s5++;
                } else if (s >= 400) {
                    s4++;
                } else if (s < 0) {
                    io++;
                }
            }
        }
        if (to <= from) {
            throw new IllegalStateException("load " + name + ": no interval where every client was past its warm-up");
        }
        long width = (to - from) / windows;
        double[] rates = new double[windows];
        double[] p50 = new double[windows];
        double[] p99 = new double[windows];
        for (int w = 0; w < windows; w++) {
            long start = from + w * width;
            long end = start + width;
            List<Long> latencies = new ArrayList<>();
            for (Trace t : traces) {
                for (int i = 0; i < t.count; i++) {
                    if (t.done[i] > start && t.done[i] <= end) {
                        latencies.add(t.nanos[i]);
                    }
                }
            }
            long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
            rates[w] = sorted.length / (width / 1e9);
            p50[w] = percentile(sorted, 50) / 1e6;
            p99[w] = percentile(sorted, 99) / 1e6;
        }
        List<String> failures = traces.stream().flatMap(t -> t.failures.stream()).toList();
        Result result = new Result(name, traces.size(), total, median(rates), median(p50), median(p99), s5, s4, io,
                rates, (to - from) / 1e9, failures);
        Bench.log("  %s: %,.0f/s (windows %s), p50 %.2f ms, p99 %.2f ms, %d requests, 5xx %d, 4xx %d, I/O errors %d",
                name, result.perSecond(), Arrays.toString(Arrays.stream(rates).mapToLong(Math::round).toArray()),
                result.p50Millis(), result.p99Millis(), total, s5, s4, io);
        failures.forEach(failure -> Bench.log("    not 2xx: %s", failure));
        return result;
    }

    static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
