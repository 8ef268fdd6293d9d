package io.stakingledger.app.bench;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingFile;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Where the server's CPU went while the HTTP command loads ran: the JFR execution samples of the request
 * threads ({@code http-nio-*}) between two instants, counted by the method on top of the stack (self) and
 * by every method and library on the stack (inclusive). Only read by {@code scripts/bench --jfr}.
 */
final class JfrSummary {

    private static final Map<String, String> LIBRARIES = new LinkedHashMap<>();

    static {
        LIBRARIES.put("io.stakingledger.", "ledger code");
        LIBRARIES.put("com.fasterxml.jackson.", "Jackson");
        LIBRARIES.put("org.springframework.security.", "Spring Security");
        LIBRARIES.put("org.springframework.web.", "Spring MVC");
        LIBRARIES.put("org.axonframework.", "Axon");
        LIBRARIES.put("org.h2.", "H2");
        LIBRARIES.put("org.postgresql.", "PostgreSQL driver");
        LIBRARIES.put("com.zaxxer.hikari.", "Hikari");
        LIBRARIES.put("io.micrometer.", "Micrometer");
        LIBRARIES.put("ch.qos.logback.", "Logback");
        LIBRARIES.put("org.apache.catalina.", "Tomcat");
        LIBRARIES.put("org.apache.coyote.", "Tomcat");
        LIBRARIES.put("org.apache.tomcat.", "Tomcat");
        LIBRARIES.put("io.github.bucket4j.", "Bucket4j");
        LIBRARIES.put("sun.nio.ch.FileDispatcherImpl.force", "fsync");
    }

    private JfrSummary() {
    }

    /** Summarises a kept recording again: {@code JfrSummary FILE [FROM TO]} (ISO instants; default: all of it). */
    public static void main(String[] args) throws IOException {
        Instant from = args.length > 2 ? Instant.parse(args[1]) : Instant.EPOCH;
        Instant to = args.length > 2 ? Instant.parse(args[2]) : Instant.parse("9999-12-31T23:59:59Z");
        System.out.print(summarise(Path.of(args[0]), from, to, 25));
    }

    static String summarise(Path recording, Instant from, Instant to, int top) throws IOException {
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> inclusive = new HashMap<>();
        Map<String, Integer> libraries = new HashMap<>();
        int samples = 0;
        try (RecordingFile file = new RecordingFile(recording)) {
            while (file.hasMoreEvents()) {
                RecordedEvent event = file.readEvent();
                if (!event.getEventType().getName().equals("jdk.ExecutionSample")
                        || event.getStartTime().isBefore(from) || event.getStartTime().isAfter(to)) {
                    continue;
                }
                RecordedThread thread = event.getThread("sampledThread");
                RecordedStackTrace stack = event.getStackTrace();
                if (thread == null || stack == null || thread.getJavaName() == null
                        || !thread.getJavaName().startsWith("http-nio")) {
                    continue;
                }
                samples++;
                Set<String> seen = new HashSet<>();
                Set<String> seenLibraries = new HashSet<>();
                boolean first = true;
                for (RecordedFrame frame : stack.getFrames()) {
                    String name = name(frame.getMethod());
                    if (first) {
                        self.merge(name, 1, Integer::sum);
                        first = false;
                    }
                    if (seen.add(name)) {
                        inclusive.merge(name, 1, Integer::sum);
                    }
                    for (Map.Entry<String, String> library : LIBRARIES.entrySet()) {
                        if (name.startsWith(library.getKey()) && seenLibraries.add(library.getValue())) {
                            libraries.merge(library.getValue(), 1, Integer::sum);
                        }
                    }
                }
            }
        }
        StringBuilder text = new StringBuilder();
        text.append(String.format("JFR execution samples of request threads (http-nio-*) between %s and %s: %d%n",
                from, to, samples));
        text.append("\nlibraries on the stack (inclusive, % of samples)\n");
        append(text, libraries, samples, top);
        text.append("\nmethods on top of the stack (self, % of samples)\n");
        append(text, self, samples, top);
        text.append("\nledger methods on the stack (inclusive, % of samples)\n");
        Map<String, Integer> ours = new HashMap<>();
        inclusive.forEach((k, v) -> {
            if (k.startsWith("io.stakingledger.")) {
                ours.put(k, v);
            }
        });
        append(text, ours, samples, top);
        text.append("\nall methods on the stack (inclusive, % of samples)\n");
        append(text, inclusive, samples, top * 2);
        return text.toString();
    }

    private static void append(StringBuilder text, Map<String, Integer> counts, int samples, int top) {
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(top)
                .forEach(e -> text.append(String.format("  %6.1f%%  %s%n", 100.0 * e.getValue() / Math.max(1, samples),
                        e.getKey())));
    }

    private static String name(RecordedMethod method) {
        return method.getType().getName() + "." + method.getName();
    }
}
