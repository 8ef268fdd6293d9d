package io.stakingledger.app.api;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Generates hostile requests against every command and view of every program: malformed and
 * out-of-bound values of each field kind, structural attacks on bodies, media types and sizes, bad
 * identifiers in paths and bodies, business times that would freeze a pool, reused command ids, hostile
 * pool parameters, query strings, and requests Tomcat itself refuses. Every one of them must be refused
 * with a 4xx problem and change nothing. Deterministic for a given seed.
 */
final class HostileRequests {

    /** One request to send, what kind of attack it is, and the statuses that are a correct refusal. */
    record Probe(String kind, String method, String target, Map<String, String> headers, byte[] body,
                 String rawRequestLine, Set<Integer> expected) {

        @Override
        public String toString() {
            String shown = body == null ? "" : new String(body, 0, Math.min(body.length, 160), StandardCharsets.UTF_8);
            return kind + ": " + (rawRequestLine != null ? rawRequestLine.substring(0, Math.min(80, rawRequestLine.length()))
                    : method + " " + target.substring(0, Math.min(160, target.length()))) + " " + shown;
        }
    }

    /** The pools the probes run against, one per program, with {@code alice} holding a position in each. */
    record Pools(String earlyStaking, String pointsBoost, String governanceMining, String voteEscrow) {
        Map<String, String> byProgram() {
            return Map.of("early-staking", earlyStaking, "points-boost", pointsBoost,
                    "governance-mining", governanceMining, "vote-escrow", voteEscrow);
        }
    }

    private static final Set<Integer> BAD_REQUEST = Set.of(400);
    private static final Set<Integer> NOT_FOUND = Set.of(404);
    private static final String JSON = "application/json";

    /** Decimal texts the grammar refuses (as JSON strings). */
    static final List<String> HOSTILE_DECIMAL_TEXTS = List.of(
            "1e999999999", "1e1000000", "1e-999999999", "1E+400", "9".repeat(400), "0." + "0".repeat(30) + "1",
            "5\u0000", "\u0661\u0662", "\uff11\uff12", "0x10", " 5", "5 ", "", " ", "NaN", "Infinity", "-Infinity",
            "+5", ".5", "5.", "1,5", "1_000", "5e", "--5", "1" + "0".repeat(31), "12abc", "\u00a05", "5\n",
            "1e99999999999", "0.0000000000000000001");

    /** Decimal values as raw JSON tokens that are refused. */
    static final List<String> HOSTILE_DECIMAL_TOKENS = List.of(
            "1e999999999", "1e-999999999", "1E+400", "9".repeat(60), "1" + "0".repeat(40), "true", "[]", "{}",
            "[\"5\"]", "{\"value\":\"5\"}", "-1e-40");

    /** Identifier texts the pattern refuses. */
    static final List<String> HOSTILE_IDENTIFIERS = List.of(
            "a/b", "../x", "x\u0000y", "<script>alert(1)</script>", "alice ", " alice", "", ".hidden", "-x",
            "a".repeat(129), "\u00e5lice", "a b", "a\\b", "a%2Fb", "\u202ealice", "al\nice", "${jndi:ldap://x}");

    /** Business times that are refused: blank, not ISO-8601 with zone, out of range, or ahead of the clock. */
    static final List<String> HOSTILE_TIMES = List.of(
            "", " ", "\u0000", "1767225600", "2026-01-01", "2026-01-01T00:00:00", "2026-02-30T00:00:00Z",
            "1969-12-31T23:59:59Z", "9999-12-31T23:59:59Z", "+1000000000-01-01T00:00:00Z", "now", "yesterday",
            "2026-01-01T00:00:00Z ", "2026-01-01 00:00:00Z", "\u0662\u0660\u0662\u0666-01-01T00:00:00Z",
            "3000-01-01T00:00:00Z", "2026-01-01T00:00:00+0100");

    private final Pools pools;
    private final Map<String, Map<String, String>> commands;
    private final Map<String, List<String>> views;
    private final String time;
    private final Random random;
    private final List<Probe> probes = new ArrayList<>();
    private int fresh;

    /**
     * @param commands per program: command type → a body that the pool would accept (field → JSON token)
     * @param views    per program: its view names
     * @param time     a past business time later than every event of the pools
     */
    HostileRequests(Pools pools, Map<String, Map<String, Map<String, String>>> commands,
                    Map<String, List<String>> views, Instant time, long seed) {
        this.pools = pools;
        this.commands = new LinkedHashMap<>();
        commands.forEach((program, types) -> types.forEach((type, body) ->
                this.commands.put(pools.byProgram().get(program) + "/" + type, body)));
        this.views = views;
        this.time = time.toString();
        this.random = new Random(seed);
    }

    List<Probe> generate() {
        commands.forEach(this::commandProbes);
        pools.byProgram().forEach(this::createPoolProbes);
        pools.byProgram().forEach((program, pool) -> views.get(program).forEach(view -> viewProbes(pool, view)));
        routeAndProtocolProbes();
        historyAndAuditProbes();
        return probes;
    }

    // ---- commands ------------------------------------------------------------------------------

    private void commandProbes(String poolAndType, Map<String, String> valid) {
        String path = "/api/pools/" + poolAndType.replace("/", "/commands/");
        Map<String, String> body = new LinkedHashMap<>(valid);
        body.putIfAbsent("at", quoted(time));
        for (Map.Entry<String, String> field : valid.entrySet()) {
            String name = field.getKey();
            if (isDecimal(name)) {
                HOSTILE_DECIMAL_TEXTS.forEach(text -> post("decimal " + name, path, with(body, name, quoted(text))));
                HOSTILE_DECIMAL_TOKENS.forEach(token -> post("decimal token " + name, path, with(body, name, token)));
            } else if (isIdentifier(name)) {
                HOSTILE_IDENTIFIERS.forEach(text -> post("identifier " + name, path, with(body, name, quoted(text))));
                post("identifier " + name + " as number", path, with(body, name, "5"));
                post("identifier " + name + " as null", path, with(body, name, "null"));
                post("identifier " + name + " missing", path, without(body, name));
            } else if (name.equals("term")) {
                for (String term : List.of("", " 4M", "4m", "4M\u0000", "<x>", "x".repeat(100), "4")) {
                    post("term", path, with(body, name, quoted(term)), Set.of(400));
                }
            }
        }
        for (String at : HOSTILE_TIMES) {
            post("business time", path, with(body, "at", quoted(at)));
        }
        post("business time null", path, with(body, "at", "null"));
        post("business time as number", path, with(body, "at", "1767225600"));
        for (String id : List.of("", "a/b", "x".repeat(129), "id\u0000", "\u00e9")) {
            post("commandId", path, with(body, "commandId", quoted(id)));
        }
        post("field pool in body", path, with(body, "pool", quoted(pools.earlyStaking())));
        post("field type in body", path, with(body, "type", quoted("Stake")));
        post("unknown field", path, with(body, "ammount", quoted("1")));
        post("unknown field with odd name", path, with(body, "\u0000", quoted("1")));
        bodyAttacks(path, json(body));
        post("commandId reused for another command", path, with(with(body, "commandId", quoted("hostile-bound")),
                "at", quoted(time)), Set.of(409));
        bulkProbes(poolAndType, body);
    }

    /**
     * The same hostile fields inside a bulk ({@code POST /api/pools/{pool}/commands}), after a valid command
     * of the same type: each bulk is refused whole (nothing stored), and so is a malformed bulk.
     */
    private void bulkProbes(String poolAndType, Map<String, String> body) {
        String type = poolAndType.substring(poolAndType.indexOf('/') + 1);
        String path = "/api/pools/" + poolAndType.substring(0, poolAndType.indexOf('/')) + "/commands";
        Map<String, String> typed = with(body, "type", quoted(type));
        for (Map.Entry<String, String> field : body.entrySet()) {
            String name = field.getKey();
            if (isDecimal(name)) {
                HOSTILE_DECIMAL_TEXTS.forEach(text -> post("bulk decimal " + name, path, bulk(typed, with(typed, name,
                        quoted(text)))));
            } else if (isIdentifier(name)) {
                HOSTILE_IDENTIFIERS.forEach(text -> post("bulk identifier " + name, path, bulk(typed, with(typed, name,
                        quoted(text)))));
            }
        }
        HOSTILE_TIMES.forEach(at -> post("bulk business time", path, bulk(typed, with(typed, "at", quoted(at)))));
        post("bulk field pool in a command", path, bulk(typed, with(typed, "pool", quoted(pools.earlyStaking()))));
        post("bulk without type", path, bulk(typed, without(typed, "type")));
        post("bulk with a hostile type", path, bulk(typed, with(typed, "type", quoted("Stake\u0000"))));
        post("bulk unknown field", path, bulk(typed, with(typed, "ammount", quoted("1"))));
        post("bulk command as text", path, "{\"commands\":[" + json(typed) + ",\"x\"]}");
        post("bulk commands not a list", path, "{\"commands\":" + json(typed) + "}");
        post("bulk atomic as text", path, "{\"atomic\":\"true\",\"commands\":[" + json(typed) + "]}");
        post("bulk unknown field", path, "{\"commands\":[" + json(typed) + "],\"x\":1}");
        post("bulk empty", path, "{\"commands\":[]}");
        send("bulk over the command limit", "POST", path, JSON, "{\"commands\":["
                + String.join(",", java.util.Collections.nCopies(BulkCommands.DEFAULT_MAX_COMMANDS + 1, json(typed)))
                + "]}", Set.of(413));
        send("bulk body over the limit", "POST", path, JSON, "{\"pad\":\"" + "x".repeat(RequestLimits
                .DEFAULT_MAX_BULK_BODY_BYTES) + "\",\"commands\":[]}", Set.of(413));
    }

    private static String bulk(Map<String, String> valid, Map<String, String> hostile) {
        return "{\"commands\":[" + json(valid) + "," + json(hostile) + "]}";
    }

    /** Structural attacks on a body whose fields are otherwise valid. */
    private void bodyAttacks(String path, String valid) {
        String inner = valid.substring(1, valid.length() - 1);
        send("trailing garbage", "POST", path, JSON, valid + " x", BAD_REQUEST);
        send("two objects", "POST", path, JSON, valid + valid, BAD_REQUEST);
        send("duplicate field", "POST", path, JSON, "{" + inner + "," + inner + "}", BAD_REQUEST);
        send("array body", "POST", path, JSON, "[" + valid + "]", BAD_REQUEST);
        send("string body", "POST", path, JSON, "\"x\"", BAD_REQUEST);
        send("null body", "POST", path, JSON, "null", BAD_REQUEST);
        send("comment", "POST", path, JSON, "/* c */" + valid, BAD_REQUEST);
        send("single quotes", "POST", path, JSON, valid.replace('"', '\''), BAD_REQUEST);
        send("byte order mark", "POST", path, JSON, "\ufeff" + valid, BAD_REQUEST);
        send("deep nesting", "POST", path, JSON, "{\"a\":" + "[".repeat(500) + "]".repeat(500) + "}", BAD_REQUEST);
        send("NaN literal", "POST", path, JSON, "{" + inner + ",\"x\":NaN}", BAD_REQUEST);
        send("truncated", "POST", path, JSON, valid.substring(0, 1 + random.nextInt(valid.length() - 1)), BAD_REQUEST);
        send("control character", "POST", path, JSON, valid.replaceFirst("\"", "\"\u0001"), BAD_REQUEST);
        sendBytes("invalid UTF-8", "POST", path, Map.of("Content-Type", JSON),
                concat(valid.substring(0, valid.length() - 1).getBytes(StandardCharsets.UTF_8),
                        new byte[] {',', '"', 'x', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'}), BAD_REQUEST);
        sendBytes("UTF-16 labelled UTF-8", "POST", path, Map.of("Content-Type", JSON + "; charset=utf-16"),
                bytes(valid), Set.of(415));
        sendBytes("UTF-16 body", "POST", path, Map.of("Content-Type", JSON + "; charset=utf-16"),
                valid.getBytes(StandardCharsets.UTF_16), Set.of(415));
        for (String type : List.of("*/*", "text/plain", "application/xml", "application/x-www-form-urlencoded",
                "application/json-patch+json", "multipart/form-data; boundary=x", "application/json; charset=latin1",
                "garbage", "")) {
            sendBytes("content type " + type, "POST", path, Map.of("Content-Type", type), bytes(valid), Set.of(415));
        }
        sendBytes("no content type", "POST", path, Map.of(), bytes(valid), Set.of(415));
        sendBytes("answer not acceptable", "POST", path, Map.of("Content-Type", JSON, "Accept", "text/html"),
                bytes(valid), Set.of(406));
        send("body over the limit", "POST", path, JSON, valid.replaceFirst("\\{", "{\"pad\":\"" + "x".repeat(70_000)
                + "\","), Set.of(413));
        send("query string on a command", "POST", path + "?x=1", JSON, valid, BAD_REQUEST);
    }

    // ---- pool creation -------------------------------------------------------------------------

    private void createPoolProbes(String program, String existing) {
        Map<String, List<String>> params = switch (program) {
            case "early-staking" -> Map.of(
                    "epochs", List.of("2147483647", "1.5", "0", "-1", "\"52x\"", "1001", "1e9", "true"),
                    "epochLength", List.of("\"PT2562047788015215H\"", "\"P-7D\"", "604800", "\"\"", "\"P99999D\"",
                            "\"PT0S\"", "\"P1W\""),
                    "start", List.of("\"9999-12-31T00:00:00Z\"", "\"1767225600\"", "\"\"", "\"1969-01-01T00:00:00Z\"",
                            "\"+1000000000-01-01T00:00:00Z\""),
                    "saleSupply", List.of("\"1E+400\"", "\"" + "9".repeat(400) + "\"", "\"-5\"", "\"0\""),
                    "rewardSchedule", List.of("[\"1\"]", "\"x\"", "[" + "\"1\",".repeat(1_500) + "\"1\"]",
                            "[\"1e999999999\"]"),
                    "shareCap", List.of("\"1e-999999999\"", "\"NaN\""),
                    "bonus", List.of("\"1\""));
            case "points-boost" -> Map.of(
                    "baseBoost", List.of("\"-1\"", "\"1E+400\"", "\"x\""),
                    "multiplierPerDay", List.of("\"1e-40\"", "[]"),
                    "maxMultiplier", List.of("\"-1\"", "\"Infinity\""),
                    "boost", List.of("\"1\""));
            case "governance-mining" -> Map.of(
                    "maturation", List.of("\"P99999D\"", "\"PT2562047788015215H\"", "\"PT0S\"", "5184000", "\"sixty\""),
                    "maturationExponent", List.of("\"1e9\"", "\"0\"", "\"-1\"", "\"1E+400\""),
                    "precision", List.of("19", "12.5", "1e99", "-1"),
                    "stakePenalty", List.of("\"1.5\"", "\"-0.1\""),
                    "claimCooldown", List.of("\"P-1D\"", "\"P99999D\""),
                    "apr", List.of("\"0.1\""));
            default -> Map.of(
                    "terms", List.of("{\"4M\":\"1e999\"}", "{\"<x>\":\"1\"}", "{}", "{\"4M\":\"2\",\"8M\":\"1\"}",
                            "{" + java.util.stream.IntStream.rangeClosed(1, 40).mapToObj(m -> "\"" + m + "M\":\"1\"")
                                    .collect(Collectors.joining(",")) + "}", "[\"4M\"]"),
                    "unlockWindow", List.of("\"P99999D\"", "\"7 days\"", "604800", "\"PT0S\""),
                    "stakingShare", List.of("\"2\"", "\"-1\""),
                    "dailyEmission", List.of("\"-1\"", "\"1E+400\""),
                    "colour", List.of("\"red\""));
        };
        params.forEach((name, values) -> values.forEach(value -> post("CreatePool params." + name, "/api/pools",
                createBody(freshPool(), program, "{\"" + name + "\":" + value + "}", quoted(time)))));
        String validParams = program.equals("early-staking") ? "{\"start\":" + quoted(time) + "}" : "{}";
        for (String pool : HOSTILE_IDENTIFIERS) {
            post("CreatePool pool id", "/api/pools", createBody(pool, program, validParams, quoted(time)));
        }
        for (String at : HOSTILE_TIMES) {
            post("CreatePool at", "/api/pools", createBody(freshPool(), program, validParams, quoted(at)));
        }
        for (String name : List.of("", " ", "early staking", "EARLY-STAKING", "x".repeat(100), "<x>", "\u0000")) {
            post("CreatePool program", "/api/pools", createBody(freshPool(), name, validParams, quoted(time)));
        }
        post("CreatePool params not an object", "/api/pools", createBody(freshPool(), program, "\"x\"", quoted(time)));
        post("CreatePool with type", "/api/pools", "{\"type\":\"CreatePool\"," + createBody(freshPool(), program,
                validParams, quoted(time)).substring(1));
        send("CreatePool existing pool", "POST", "/api/pools", JSON, createBody(existing, program, validParams,
                quoted(time)), Set.of(409));
        send("CreatePool commandId reused", "POST", "/api/pools", JSON, "{\"commandId\":\"create-" + program + "\","
                + createBody(existing, program, validParams, quoted(time)).substring(1), Set.of(409));
        bodyAttacks("/api/pools", createBody(freshPool(), program, validParams, quoted(time)));
    }

    private static String createBody(String pool, String program, String params, String at) {
        return "{\"pool\":" + quoted(pool) + ",\"program\":" + quoted(program) + ",\"params\":" + params + ",\"at\":"
                + at + "}";
    }

    private String freshPool() {
        return "hostile-fresh-" + (++fresh);
    }

    // ---- views ---------------------------------------------------------------------------------

    private void viewProbes(String pool, String view) {
        String base = switch (view) {
            case "pool" -> "/api/pools/" + pool;
            case "position" -> "/api/pools/" + pool + "/positions/alice";
            default -> "/api/pools/" + pool + "/views/" + view;
        };
        String required = switch (view) {
            case "purchasePreview" -> "amount=5";
            case "feeShareUsd" -> "account=alice&dailyVolumeUsd=1000&days=30";
            default -> "";
        };
        String prefix = base + "?" + (required.isEmpty() ? "" : required + "&");
        for (String at : List.of("", "%20", "%00", "1767225600", "2026-01-01", "%2B1000000000-01-01T00:00:00Z",
                "2026-13-01T00:00:00Z", "now", "1969-12-31T23:59:59Z", "%D9%A1")) {
            get("view at", prefix + "at=" + at);
            get("view asOf", prefix + "asOf=" + at);
        }
        for (String epoch : List.of("", "0x10", "1.5", "-1", "0", "99999999999", "1e4", "%D9%A1", "%201")) {
            get("view asOfEpoch", prefix + "asOfEpoch=" + epoch);
        }
        get("view unknown parameter", prefix + "zzz=1");
        get("view repeated parameter", prefix + "at=2026-01-01T00:00:00Z&at=2026-01-02T00:00:00Z");
        get("view malformed escape", prefix + "at=%ZZ");
        get("view non-UTF-8 escape", prefix + "at=%C3%28");
        get("view bad parameter name", prefix + "%3Cx%3E=1");
        get("view asOf and asOfEpoch", prefix + "asOf=2026-01-01T00:00:00Z&asOfEpoch=1");
        for (String account : List.of("a%2Fb", "..%2Fx", "%3Cscript%3E", "alice%20", "%C3%A5lice", "a".repeat(129))) {
            if (view.equals("position")) {
                get("position account in path", "/api/pools/" + pool + "/positions/" + account);
            } else {
                get("view account", prefix + "account=" + account);
            }
        }
        if (view.equals("purchasePreview")) {
            for (String amount : List.of("1e999999999", "1e-999999999", "1E%2B400", "%00", "0x10", "", "%D9%A1%D9%A2")) {
                get("purchasePreview amount", base + "?amount=" + amount);
            }
        }
        if (view.equals("feeShareUsd")) {
            for (String value : List.of("1e999999999", "1e-999999999", "NaN", "", "-1")) {
                get("feeShareUsd dailyVolumeUsd", base + "?account=alice&days=30&dailyVolumeUsd=" + value);
                get("feeShareUsd days", base + "?account=alice&dailyVolumeUsd=1000&days=" + value);
            }
        }
        send("view not acceptable", "GET", prefix.substring(0, prefix.length() - 1), Map.of("Accept", "application/xml"),
                null, Set.of(406));
        for (String method : List.of("PUT", "DELETE", "PATCH", "TRACE", "FOO")) {
            send("view method " + method, method, prefix.substring(0, prefix.length() - 1), Map.of(), null, Set.of(405));
        }
    }

    // ---- routes, protocol, history, audit ------------------------------------------------------

    private void routeAndProtocolProbes() {
        String pool = pools.earlyStaking();
        for (String path : List.of("/nope", "/api", "/api/pool", "/api/pools/" + pool + "/nothing", "/error/x",
                "/api/pools/" + pool + "/views")) {
            send("unknown route", "GET", path, Map.of(), null, NOT_FOUND);
        }
        // a bulk of commands is POSTed
        send("GET of the bulk route", "GET", "/api/pools/" + pool + "/commands", Map.of(), null, Set.of(405));
        for (String type : List.of("Teleport", "%3Cscript%3E", "x".repeat(300), "Stake%00", "stake", "CreatePool")) {
            post("unknown command type", "/api/pools/" + pool + "/commands/" + type, "{}");
        }
        for (String view : List.of("nothing", "%3Cx%3E", "x".repeat(300), "statement", "Pool")) {
            get("unknown view", "/api/pools/" + pool + "/views/" + view);
        }
        send("unknown pool", "GET", "/api/pools/no-such-pool-anywhere", Map.of(), null, NOT_FOUND);
        send("command on unknown pool", "POST", "/api/pools/no-such-pool-anywhere/commands/Stake", JSON,
                "{\"account\":\"alice\",\"amount\":\"1\"}", NOT_FOUND);
        for (String id : List.of("a%2Fb", "..%2Fx", "x%00y", "%3Cscript%3Ealert(1)%3C%2Fscript%3E", "alice%20",
                "%C3%A5", "%ZZ", "a".repeat(200))) {
            get("pool id in path", "/api/pools/" + id);
            post("pool id in command path", "/api/pools/" + id + "/commands/Stake", "{\"account\":\"alice\"}");
        }
        for (String line : List.of("GARBAGE", "GET /api/pools HTTP/9.9", "GET /api/pools?x=<> HTTP/1.1",
                "GET /api/pools/{x} HTTP/1.1", "GET /api/pools/a b HTTP/1.1", "GET http://elsewhere/api/pools HTTP/1.1",
                "GET * HTTP/1.1", "G\u0001T / HTTP/1.1", "GET /api/pools HTTP/1.1 extra",
                "GET /api/pools/\u00e5 HTTP/1.1", "GET /" + "a".repeat(10_000) + " HTTP/1.1")) {
            probes.add(new Probe("malformed request line", null, null, Map.of(), null, line, BAD_REQUEST));
        }
        send("oversized header", "GET", "/api/pools", Map.of("X-Pad", "x".repeat(20_000)), null, BAD_REQUEST);
        send("header name with a space", "GET", "/api/pools", Map.of("Broken header", "x"), null, BAD_REQUEST);
        send("second Host header", "GET", "/api/pools", Map.of("Host", "elsewhere"), null, BAD_REQUEST);
        sendBytes("unsupported transfer coding", "POST", "/api/pools/" + pool + "/commands/Stake",
                Map.of("Content-Type", JSON, "Transfer-Encoding", "gzip"), new byte[] {1, 2, 3}, BAD_REQUEST);
        for (String length : List.of("-1", "abc", "1, 2", "99999999999999999999")) {
            sendBytes("bad Content-Length " + length, "POST", "/api/pools/" + pool + "/commands/Stake",
                    Map.of("Content-Type", JSON, "Content-Length", length), null, Set.of(400, 413));
        }
        sendBytes("body declared far over the limit", "POST", "/api/pools", Map.of("Content-Type", JSON,
                "Content-Length", "1500000"), new byte[1_500_000], Set.of(413));
        sendBytes("chunked body over the limit", "POST", "/api/pools/" + pool + "/commands/Stake",
                Map.of("Content-Type", JSON, "Transfer-Encoding", "chunked"), chunked("{\"account\":\"" + "a".repeat(80_000)
                        + "\"}"), Set.of(413));
        for (String method : List.of("PUT", "DELETE", "PATCH", "TRACE", "FOO")) {
            send("pools method " + method, method, "/api/pools", Map.of(), null, Set.of(405));
        }
        send("replay by GET", "GET", "/api/admin/replay", Map.of(), null, Set.of(405));
        send("replay with a query", "POST", "/api/admin/replay?x=1", Map.of(), null, BAD_REQUEST);
        send("rebuild with a query", "POST", "/api/admin/views/rebuild?full=true", Map.of(), null, BAD_REQUEST);
        send("error page asked directly", "GET", "/error", Map.of(), null, NOT_FOUND);
    }

    private void historyAndAuditProbes() {
        for (String value : List.of("0x10", "-1", "1e3", "%201", "1.0", "%D9%A1", "", "99999999999999999999", "+1")) {
            get("events after", "/api/events?after=" + value);
            get("events limit", "/api/events?limit=" + value);
        }
        get("events limit zero", "/api/events?limit=0");
        get("events limit too large", "/api/events?limit=10001");
        get("events unknown parameter", "/api/events?from=1");
        get("events repeated parameter", "/api/events?after=1&after=2");
        pools.byProgram().values().forEach(pool -> {
            for (String format : List.of("xml", "", "CSV", "csv%00")) {
                get("statement format", "/api/pools/" + pool + "/accounts/alice/statement?format=" + format);
            }
            get("statement unknown parameter", "/api/pools/" + pool + "/accounts/alice/statement?asOf=2026-01-01T00:00:00Z");
            for (String account : List.of("a%2Fb", "%3Cx%3E", "alice%20", "%C3%A5")) {
                get("statement account", "/api/pools/" + pool + "/accounts/" + account + "/statement");
            }
            get("pool audit with a query", "/api/pools/" + pool + "/audit?x=1");
            reportProbes(pool);
        });
        for (String pool : List.of("%3Cx%3E", "a%2Fb", "alice%20", "a".repeat(200))) {
            get("pool audit of a bad id", "/api/pools/" + pool + "/audit");
        }
        get("audit with a query", "/api/audit?full=1");
    }

    /** The period reports: hostile times, formats, accounts and parameters. */
    private void reportProbes(String pool) {
        String period = "from=2026-01-01T00:00:00Z&to=2026-01-02T00:00:00Z";
        for (String report : List.of("rewards", "reconciliation")) {
            String base = "/api/pools/" + pool + "/reports/" + report + "?";
            for (String at : HOSTILE_TIMES) {
                String encoded = java.net.URLEncoder.encode(at, java.nio.charset.StandardCharsets.UTF_8);
                get(report + " report from", base + "from=" + encoded + "&to=2026-01-02T00:00:00Z");
                get(report + " report to", base + "from=2026-01-01T00:00:00Z&to=" + encoded);
            }
            get(report + " report backwards", base + "from=2026-01-02T00:00:00Z&to=2026-01-01T00:00:00Z");
            for (String format : List.of("xml", "", "CSV", "csv%00", "%3Cx%3E")) {
                get(report + " report format", base + period + "&format=" + format);
            }
            get(report + " report unknown parameter", base + period + "&asOf=2026-01-01T00:00:00Z");
            get(report + " report repeated parameter", base + period + "&from=2026-01-01T00:00:00Z");
        }
        for (String account : List.of("a%2Fb", "%3Cx%3E", "alice%20", "%C3%A5", "")) {
            get("rewards report account", "/api/pools/" + pool + "/reports/rewards?" + period + "&account=" + account);
        }
    }

    // ---- plumbing ------------------------------------------------------------------------------

    private static boolean isDecimal(String field) {
        return Set.of("amount", "paidAmount", "dcr", "deposit", "pointsPerDay", "price", "fees").contains(field);
    }

    private static boolean isIdentifier(String field) {
        return Set.of("account", "paidAsset", "target").contains(field);
    }

    private void post(String kind, String path, String json) {
        send(kind, "POST", path, JSON, json, null);
    }

    private void post(String kind, String path, Map<String, String> body) {
        post(kind, path, body, null);
    }

    private void post(String kind, String path, Map<String, String> body, Set<Integer> expected) {
        send(kind, "POST", path, JSON, json(body), expected);
    }

    private void get(String kind, String target) {
        send(kind, "GET", target, Map.of(), null, null);
    }

    private void send(String kind, String method, String path, String contentType, String body, Set<Integer> expected) {
        sendBytes(kind, method, path, Map.of("Content-Type", contentType), bytes(body), expected);
    }

    private void send(String kind, String method, String path, Map<String, String> headers, String body,
                      Set<Integer> expected) {
        sendBytes(kind, method, path, headers, body == null ? null : bytes(body), expected);
    }

    private void sendBytes(String kind, String method, String path, Map<String, String> headers, byte[] body,
                           Set<Integer> expected) {
        probes.add(new Probe(kind, method, path, headers, body, null, expected == null ? BAD_REQUEST : expected));
    }

    private static Map<String, String> with(Map<String, String> body, String field, String token) {
        Map<String, String> changed = new LinkedHashMap<>(body);
        changed.put(field, token);
        return changed;
    }

    private static Map<String, String> without(Map<String, String> body, String field) {
        Map<String, String> changed = new LinkedHashMap<>(body);
        changed.remove(field);
        return changed;
    }

    private static String json(Map<String, String> body) {
        return body.entrySet().stream().map(e -> quoted(e.getKey()) + ":" + e.getValue())
                .collect(Collectors.joining(",", "{", "}"));
    }

    /** {@code text} as a JSON string, control characters escaped the way JSON requires. */
    static String quoted(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                quoted.append('\\').append(c);
            } else if (c < 0x20) {
                quoted.append(String.format("\\u%04x", (int) c));
            } else {
                quoted.append(c);
            }
        }
        return quoted.append('"').toString();
    }

    private static byte[] bytes(String text) {
        return text == null ? null : text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = new byte[a.length + b.length];
        System.arraycopy(a, 0, both, 0, a.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    private static byte[] chunked(String text) {
        byte[] data = bytes(text);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < data.length; i += 8192) {
            int n = Math.min(8192, data.length - i);
            out.append(Integer.toHexString(n)).append("\r\n").append(new String(data, i, n, StandardCharsets.ISO_8859_1))
                    .append("\r\n");
        }
        return out.append("0\r\n\r\n").toString().getBytes(StandardCharsets.ISO_8859_1);
    }
}
