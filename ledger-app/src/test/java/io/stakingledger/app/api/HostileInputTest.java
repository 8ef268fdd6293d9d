package io.stakingledger.app.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stakingledger.app.support.Batch;
import io.stakingledger.app.support.LedgerAppTest;
import io.stakingledger.app.support.TestKeys;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Thousands of hostile requests ({@link HostileRequests}) against every command and view of every program
 * on the running application. Each must be refused with a 4xx problem JSON of the expected status that
 * says nothing of the implementation and stays small; over the whole run no event may be stored, every
 * audit must stay as it was, and every pool must still take a command afterwards.
 */
@LedgerAppTest
class HostileInputTest {

    private static final long SEED = 12;
    private static final int MAX_ANSWER_BYTES = 4_096;
    private static final ObjectMapper JSON = new ObjectMapper();
    /** What a detail must never show: class or package names, framework or parser wording, markup. */
    private static final Pattern INTERNALS = Pattern.compile("(?i)(exception|jackson|fasterxml|springframework"
            + "|org\\.apache|axonframework|java\\.|javax\\.|jakarta\\.|io\\.stakingledger|stack ?trace|whitelabel"
            + "|<html|servlet|deserializ|required request body|httpmessage|no suitable|cannot construct|mismatched"
            + "|unrecognized|\\[source|bigdecimal|biginteger|numberformat|nullpointer|illegal(argument|state))");

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestKeys keys;
    @Autowired
    List<ProgramApi> programs;

    @Test
    void everyHostileRequestIsAClearSmallProblemAndChangesNothing() throws IOException {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        HostileRequests.Pools pools = poolsOfEveryProgram(now.truncatedTo(ChronoUnit.DAYS).minus(400, ChronoUnit.DAYS));
        Map<String, Boolean> auditBefore = audit();
        long eventsBefore = storedEvents();

        List<HostileRequests.Probe> probes = new HostileRequests(pools, validCommands(), views(),
                now.minus(1, ChronoUnit.DAYS), SEED).generate();
        Collections.shuffle(probes, new Random(SEED));
        List<String> failures = new ArrayList<>();
        Map<String, Integer> kinds = new TreeMap<>();
        for (HostileRequests.Probe probe : probes) {
            kinds.merge(probe.kind().replaceAll(" [A-Z]+$|\\..*$", ""), 1, Integer::sum);
            String failure = refusedAsAProblem(probe, send(probe));
            if (failure != null) {
                failures.add(failure + " <- " + probe);
            }
        }

        assertThat(probes).as("hostile requests sent").hasSizeGreaterThanOrEqualTo(1_000);
        assertThat(kinds).as("kinds of hostile request").hasSizeGreaterThanOrEqualTo(60);
        assertThat(failures).as(failures.size() + " of " + probes.size() + " hostile requests were not refused as "
                + "they should be").isEmpty();
        assertThat(storedEvents()).as("events stored by hostile requests").isEqualTo(eventsBefore);
        Map<String, Boolean> auditAfter = audit();
        auditBefore.forEach((pool, ok) -> assertThat(auditAfter.get(pool)).as("audit of " + pool).isEqualTo(ok));
        pools.byProgram().values().forEach(pool -> assertThat(auditAfter.get(pool)).as("audit of " + pool).isTrue());
        everyPoolStillTakesACommandNow(pools);
    }

    /** Null when {@code answer} is the refusal {@code probe} expects, else what is wrong with it. */
    private static String refusedAsAProblem(HostileRequests.Probe probe, Answer answer) {
        if (!probe.expected().contains(answer.status())) {
            return "status " + answer.status() + " (expected " + probe.expected() + ") " + answer.text(300);
        }
        String contentType = answer.headers().getOrDefault("content-type", "");
        if (!contentType.startsWith("application/problem+json")) {
            return "content type " + contentType + ": " + answer.text(200);
        }
        if (answer.body().length >= MAX_ANSWER_BYTES) {
            return "answer of " + answer.body().length + " bytes";
        }
        JsonNode problem;
        try {
            problem = JSON.readTree(answer.body());
        } catch (IOException e) {
            return "answer is not JSON: " + answer.text(200);
        }
        for (String field : List.of("type", "title", "detail")) {
            if (!problem.path(field).isTextual() || problem.path(field).asText().isBlank()) {
                return "problem without " + field + ": " + answer.text(300);
            }
        }
        if (problem.path("status").asInt() != answer.status()) {
            return "problem status " + problem.path("status") + " on a " + answer.status() + " answer";
        }
        if (!problem.path("type").asText().startsWith(Problems.TYPE_BASE)) {
            return "problem type " + problem.path("type").asText();
        }
        if (INTERNALS.matcher(problem.path("detail").asText()).find()
                || INTERNALS.matcher(problem.path("title").asText()).find()) {
            return "internals in the problem: " + problem.path("detail").asText();
        }
        return null;
    }

    // ---- the one way requests are sent ----------------------------------------------------------

    /** An answer: status, headers (names in lower case) and body, de-chunked. */
    record Answer(int status, Map<String, String> headers, byte[] body) {
        String text(int max) {
            String text = new String(body, StandardCharsets.UTF_8);
            return text.length() <= max ? text : text.substring(0, max) + "…";
        }
    }

    /**
     * Sends one request as raw HTTP/1.1 on a fresh loopback connection, so that requests no HTTP client
     * would send can be sent too. Every request of this test goes through here (headers that every
     * request needs, such as credentials, belong here).
     */
    private Answer send(HostileRequests.Probe probe) throws IOException {
        StringBuilder head = new StringBuilder();
        head.append(probe.rawRequestLine() != null ? probe.rawRequestLine()
                : probe.method() + " " + probe.target() + " HTTP/1.1").append("\r\n");
        head.append("Host: 127.0.0.1:").append(port).append("\r\nConnection: close\r\n");
        Map<String, String> headers = new LinkedHashMap<>(probe.headers());
        // hostile input from a caller who may do everything: what is refused is refused for the input alone
        headers.putIfAbsent("Authorization", "Bearer " + keys.admin());
        if (probe.body() != null && !headers.containsKey("Content-Length") && !headers.containsKey("Transfer-Encoding")) {
            headers.put("Content-Length", Integer.toString(probe.body().length));
        }
        headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        head.append("\r\n");
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.UTF_8));
            if (probe.body() != null) {
                out.write(probe.body());
            }
            out.flush();
            return read(socket.getInputStream());
        }
    }

    private static Answer read(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int n;
        int headEnd = -1;
        Map<String, String> headers = new LinkedHashMap<>();
        int status = -1;
        while ((n = in.read(buffer)) > 0) {
            all.write(buffer, 0, n);
            byte[] bytes = all.toByteArray();
            if (headEnd < 0) {
                headEnd = indexOf(bytes, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
                if (headEnd >= 0) {
                    String[] lines = new String(bytes, 0, headEnd, StandardCharsets.ISO_8859_1).split("\r\n");
                    status = Integer.parseInt(lines[0].split(" ")[1]);
                    for (int i = 1; i < lines.length; i++) {
                        int colon = lines[i].indexOf(':');
                        headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                                lines[i].substring(colon + 1).trim());
                    }
                }
            }
            if (headEnd >= 0 && complete(bytes, headEnd + 4, headers)) {
                break;
            }
        }
        byte[] bytes = all.toByteArray();
        byte[] body = headEnd < 0 ? new byte[0] : java.util.Arrays.copyOfRange(bytes, headEnd + 4, bytes.length);
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = dechunk(body);
        }
        return new Answer(status, headers, body);
    }

    private static boolean complete(byte[] bytes, int bodyStart, Map<String, String> headers) {
        int body = bytes.length - bodyStart;
        if (headers.containsKey("content-length")) {
            return body >= Integer.parseInt(headers.get("content-length"));
        }
        String tail = new String(bytes, Math.max(bodyStart, bytes.length - 7), Math.min(body, 7), StandardCharsets.ISO_8859_1);
        return "chunked".equalsIgnoreCase(headers.get("transfer-encoding")) && tail.endsWith("0\r\n\r\n");
    }

    private static byte[] dechunk(byte[] chunked) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int at = 0;
        while (at < chunked.length) {
            int lineEnd = indexOf(java.util.Arrays.copyOfRange(chunked, at, chunked.length), new byte[] {'\r', '\n'});
            int size = Integer.parseInt(new String(chunked, at, lineEnd, StandardCharsets.ISO_8859_1).trim(), 16);
            if (size == 0) {
                break;
            }
            out.write(chunked, at + lineEnd + 2, size);
            at += lineEnd + 2 + size + 2;
        }
        return out.toByteArray();
    }

    private static int indexOf(byte[] bytes, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= bytes.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (bytes[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private Answer call(String method, String target, String json) throws IOException {
        Map<String, String> headers = json == null ? Map.of() : Map.of("Content-Type", "application/json");
        return send(new HostileRequests.Probe("setup", method, target, headers,
                json == null ? null : json.getBytes(StandardCharsets.UTF_8), null, null));
    }

    // ---- the ledger before and after ------------------------------------------------------------

    /**
     * One pool of each program, created with {@code commandId} {@code create-<program>}, in which
     * {@code alice} holds a position and {@code hostile-bound} names a command already applied.
     */
    private HostileRequests.Pools poolsOfEveryProgram(Instant base) throws IOException {
        String tag = Batch.uniquePool("hostile");
        HostileRequests.Pools pools = new HostileRequests.Pools(tag + "-es", tag + "-pb", tag + "-gm", tag + "-ve");
        String at0 = HostileRequests.quoted(base.toString());
        String at1 = HostileRequests.quoted(base.plus(1, ChronoUnit.DAYS).toString());
        createPool(pools.earlyStaking(), "early-staking",
                "{\"start\":" + HostileRequests.quoted(base.plus(4, ChronoUnit.DAYS).toString()) + "}", at0);
        command(pools.earlyStaking(), "Purchase", "{\"account\":\"alice\",\"amount\":\"100000\",\"paidAsset\":\"USDC\","
                + "\"paidAmount\":\"50000\",\"at\":" + at0 + "}");
        command(pools.earlyStaking(), "Stake", "{\"account\":\"alice\",\"amount\":\"1000\",\"commandId\":\"hostile-bound\","
                + "\"at\":" + at1 + "}");
        createPool(pools.pointsBoost(), "points-boost", "{}", at0);
        command(pools.pointsBoost(), "SetPrice", "{\"price\":\"0.2\",\"at\":" + at0 + "}");
        command(pools.pointsBoost(), "Stake", "{\"account\":\"alice\",\"amount\":\"1000\",\"commandId\":\"hostile-bound\","
                + "\"at\":" + at1 + "}");
        createPool(pools.governanceMining(), "governance-mining", "{}", at0);
        command(pools.governanceMining(), "RequestStake", "{\"account\":\"alice\",\"amount\":\"1000\","
                + "\"commandId\":\"hostile-bound\",\"at\":" + at0 + "}");
        command(pools.governanceMining(), "IncludePending", "{\"at\":" + at1 + "}");
        createPool(pools.voteEscrow(), "vote-escrow", "{}", at0);
        command(pools.voteEscrow(), "Lock", "{\"account\":\"alice\",\"amount\":\"100\",\"term\":\"4M\","
                + "\"commandId\":\"hostile-bound\",\"at\":" + at0 + "}");
        return pools;
    }

    private void createPool(String pool, String program, String params, String at) throws IOException {
        Answer answer = call("POST", "/api/pools", "{\"pool\":\"" + pool + "\",\"program\":\"" + program + "\",\"params\":"
                + params + ",\"at\":" + at + ",\"commandId\":\"create-" + program + "\"}");
        assertThat(answer.status()).as(answer.text(500)).isEqualTo(201);
    }

    private void command(String pool, String type, String body) throws IOException {
        Answer answer = call("POST", "/api/pools/" + pool + "/commands/" + type, body);
        assertThat(answer.status()).as(type + ": " + answer.text(500)).isEqualTo(200);
    }

    /** Per program, each command's fields as a pool would accept them (JSON tokens); every command is here. */
    private Map<String, Map<String, Map<String, String>>> validCommands() {
        Map<String, Map<String, Map<String, String>>> commands = Map.of(
                "early-staking", Map.of(
                        "Purchase", fields("account", "\"bob\"", "amount", "\"10\"", "paidAsset", "\"USDC\"",
                                "paidAmount", "\"5\""),
                        "Stake", fields("account", "\"alice\"", "amount", "\"10\""),
                        "ExerciseDcr", fields("account", "\"alice\"", "dcr", "\"1\"", "deposit", "\"10\""),
                        "Withdraw", fields("account", "\"alice\"", "amount", "\"1\""),
                        "CloseEpoch", fields(),
                        "Reserve", fields("account", "\"alice\"", "amount", "\"10\""),
                        "CancelReservation", fields("account", "\"alice\"", "amount", "\"1\""),
                        "RealizeReservations", fields(),
                        "ConvertPrincipal", fields("account", "\"alice\"")),
                "points-boost", Map.of(
                        "Stake", fields("account", "\"alice\"", "amount", "\"10\""),
                        "Unstake", fields("account", "\"alice\"", "amount", "\"1\""),
                        "SetBasePoints", fields("account", "\"alice\"", "pointsPerDay", "\"100\""),
                        "SetPrice", fields("price", "\"0.3\"")),
                "governance-mining", Map.of(
                        "RequestStake", fields("account", "\"alice\"", "amount", "\"10\""),
                        "IncludePending", fields(),
                        "SweepFees", fields("amount", "\"1\""),
                        "Claim", fields("account", "\"alice\""),
                        "Unstake", fields("account", "\"alice\"", "amount", "\"1\"")),
                "vote-escrow", Map.of(
                        "Lock", fields("account", "\"alice\"", "amount", "\"10\"", "term", "\"4M\""),
                        "Unlock", fields("account", "\"alice\""),
                        "EndRenewal", fields("account", "\"alice\""),
                        "DistributeRewards", fields("amount", "\"10\""),
                        "Vote", fields("account", "\"alice\"", "target", "\"KSP-KUSDT\"", "amount", "\"1\""),
                        "RecordPoolFees", fields("target", "\"KSP-KUSDT\"", "fees", "\"10\""),
                        "SetPrice", fields("price", "\"5\"")));
        for (ProgramApi program : programs) {
            assertThat(commands.get(program.program()).keySet()).as("commands of " + program.program() + " probed")
                    .containsExactlyInAnyOrderElementsOf(program.commands().keySet());
        }
        return commands;
    }

    private Map<String, List<String>> views() {
        return programs.stream().collect(Collectors.toMap(ProgramApi::program,
                program -> program.views().stream().sorted().toList()));
    }

    private static Map<String, String> fields(String... pairs) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            fields.put(pairs[i], pairs[i + 1]);
        }
        return fields;
    }

    private long storedEvents() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM DomainEventEntry", Long.class);
    }

    /** Every pool's audit verdict. */
    private Map<String, Boolean> audit() throws IOException {
        Answer answer = call("GET", "/api/audit", null);
        assertThat(answer.status()).as(answer.text(300)).isEqualTo(200);
        Map<String, Boolean> verdicts = new TreeMap<>();
        JSON.readTree(answer.body()).forEach(pool -> verdicts.put(pool.get("pool").asText(), pool.get("ok").asBoolean()));
        return verdicts;
    }

    /** No request froze a pool: each takes a command at the server's time and answers its views. */
    private void everyPoolStillTakesACommandNow(HostileRequests.Pools pools) throws IOException {
        command(pools.earlyStaking(), "Stake", "{\"account\":\"alice\",\"amount\":\"1\"}");
        command(pools.pointsBoost(), "Stake", "{\"account\":\"alice\",\"amount\":\"1\"}");
        command(pools.governanceMining(), "RequestStake", "{\"account\":\"alice\",\"amount\":\"1\"}");
        command(pools.voteEscrow(), "SetPrice", "{\"price\":\"5\"}");
        for (String pool : pools.byProgram().values()) {
            assertThat(call("GET", "/api/pools/" + pool, null).status()).isEqualTo(200);
            assertThat(call("GET", "/api/pools/" + pool + "/positions/alice", null).status()).isEqualTo(200);
        }
    }
}
