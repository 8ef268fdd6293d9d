package io.stakingledger.app.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stakingledger.app.api.CommandBinding;
import io.stakingledger.app.api.FieldRule;
import io.stakingledger.app.api.ProgramApi;
import io.stakingledger.app.support.Batch;
import io.stakingledger.app.support.Http;
import io.stakingledger.app.support.LedgerAppTest;
import io.stakingledger.app.support.TestKeys;
import io.stakingledger.core.common.CommandRejected;
import io.stakingledger.core.common.DecimalText;
import io.stakingledger.core.common.Inputs;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The served contract against the API's real answers: the example histories of every program (and a few lines
 * for the commands they do not use) are sent over REST, each request body checked against its path's request
 * schema and each answer against the documented answer of its status; then every view of every program, the
 * pool directory, the positions page and one answer of each problem status the test can provoke.
 */
@LedgerAppTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContractConformanceTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path EXAMPLES = Path.of("..", "examples");

    /** Lines for the commands the examples do not use, each answered 200 in this order. */
    private static final Map<String, String> MORE = Map.of(
            "early-staking", """
                    {"type":"CreatePool","pool":"$pool","program":"early-staking","params":{"shareCap":"1000","totalReward":"400","epochs":2,"start":"2026-01-05T00:00:00Z"},"at":"2026-01-01T00:00:00Z"}
                    {"type":"Purchase","pool":"$pool","account":"alice","amount":"100","paidAsset":"USDC","paidAmount":"50","at":"2026-01-02T00:00:00Z"}
                    {"type":"Stake","pool":"$pool","account":"bob","amount":"900","at":"2026-01-02T00:00:00Z"}
                    {"type":"Reserve","pool":"$pool","account":"carol","amount":"150","at":"2026-01-02T00:00:00Z"}
                    {"type":"Reserve","pool":"$pool","account":"dave","amount":"40","at":"2026-01-03T00:00:00Z"}
                    {"type":"CancelReservation","pool":"$pool","account":"dave","amount":"15","at":"2026-01-04T00:00:00Z"}
                    {"type":"Withdraw","pool":"$pool","account":"bob","amount":"500","at":"2026-01-04T00:00:00Z"}
                    {"type":"RealizeReservations","pool":"$pool","at":"2026-01-04T00:00:00Z"}
                    {"type":"CloseEpoch","pool":"$pool","at":"2026-01-12T00:00:00Z"}
                    """,
            "early-staking-conversion", """
                    {"type":"CreatePool","pool":"$pool","program":"early-staking","params":{"epochs":2,"start":"2026-01-05T00:00:00Z"},"at":"2026-01-01T00:00:00Z"}
                    {"type":"Purchase","pool":"$pool","account":"alice","amount":"1000","paidAsset":"USDC","paidAmount":"500","at":"2026-01-02T00:00:00Z"}
                    {"type":"Stake","pool":"$pool","account":"alice","amount":"1000","at":"2026-01-02T00:00:00Z"}
                    {"type":"CloseEpoch","pool":"$pool","at":"2026-01-12T00:00:00Z"}
                    {"type":"ConvertPrincipal","pool":"$pool","account":"alice","at":"2026-01-12T00:00:00Z"}
                    """,
            "points-boost", """
                    {"type":"CreatePool","pool":"$pool","program":"points-boost","at":"2024-04-30T12:00:00Z"}
                    {"type":"Stake","pool":"$pool","account":"alice","amount":"100","at":"2024-05-01T00:00:00Z"}
                    {"type":"Unstake","pool":"$pool","account":"alice","amount":"40","at":"2024-05-02T00:00:00Z"}
                    """,
            "vote-escrow", """
                    {"type":"CreatePool","pool":"$pool","program":"vote-escrow","at":"2024-01-15T00:00:00Z"}
                    {"type":"Lock","pool":"$pool","account":"alice","amount":"100","term":"12M+","at":"2024-01-15T00:00:00Z"}
                    {"type":"Lock","pool":"$pool","account":"bob","amount":"100","term":"4M","at":"2024-01-15T00:00:00Z"}
                    {"type":"EndRenewal","pool":"$pool","account":"alice","at":"2024-02-01T00:00:00Z"}
                    {"type":"Unlock","pool":"$pool","account":"bob","at":"2024-05-16T00:00:00Z"}
                    """);

    /** View-specific query parameters the test sends. */
    private static final Map<String, String> VIEW_QUERIES = Map.of(
            "purchasePreview", "amount=1000",
            "feeShareUsd", "dailyVolumeUsd=1000000&days=30");

    @LocalServerPort
    int port;

    @Autowired
    TestKeys keys;

    @Autowired
    List<ProgramApi> programs;

    @Value("${ledger.version}")
    String version;

    private Http http;
    private Contract contract;
    private final List<String> violations = new ArrayList<>();
    /** Program → command types answered 200. */
    private final Map<String, Set<String>> answered = new TreeMap<>();
    /** Program → pools created for it. */
    private final Map<String, List<String>> pools = new TreeMap<>();

    @BeforeAll
    void replayTheExamplesOverRest() throws IOException {
        http = new Http(port);
        Http.Answer document = http.get("/v3/api-docs", null);
        assertThat(document.status()).as("the contract is open to anyone").isEqualTo(200);
        contract = new Contract(document.json());
        // the contract as served, for a look or a client generator: ledger-app/target/openapi.json
        Files.writeString(Path.of("target", "openapi.json"), document.body());
        for (ProgramApi program : programs) {
            String name = program.program();
            replay(name, Files.readString(EXAMPLES.resolve(name + ".ndjson")));
            for (String more : List.of(name, name + "-conversion")) {
                if (MORE.containsKey(more)) {
                    replay(name, MORE.get(more));
                }
            }
        }
    }

    private void replay(String program, String lines) {
        String pool = Batch.uniquePool("contract-" + program);
        pools.computeIfAbsent(program, k -> new ArrayList<>()).add(pool);
        for (String line : lines.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            ObjectNode fields = (ObjectNode) read(line.replace("$pool", pool));
            if (!fields.has("type")) {
                continue; // a batch query line: the views are asked below, every one of them
            }
            String type = fields.remove("type").asText();
            if (type.equals("CreatePool")) {
                fields.put("pool", pool);
                exchange("POST", "/api/pools", "/api/pools", fields);
                continue;
            }
            fields.remove("pool");
            Http.Answer answer = exchange("POST", "/api/pools/{pool}/commands/" + type,
                    "/api/pools/" + pool + "/commands/" + type, fields);
            if (answer.status() == 200) {
                answered.computeIfAbsent(program, k -> new TreeSet<>()).add(type);
            }
        }
    }

    private Http.Answer exchange(String method, String template, String path, JsonNode body) {
        if (body != null) {
            violations.addAll(contract.request(method, template, body));
        }
        Http.Answer answer = http.send(method, path, body == null ? null : body.toString(), keys.admin());
        check(method, template, answer);
        return answer;
    }

    private void check(String method, String template, Http.Answer answer) {
        violations.addAll(contract.answer(method, template, answer.status(), answer.header("Content-Type"),
                answer.json()));
    }

    @Test
    void everyCommandOfEveryProgramIsAnsweredAndConformsToTheContract() {
        for (ProgramApi program : programs) {
            assertThat(answered.get(program.program())).as(program.program() + " commands answered 200")
                    .containsAll(program.commands().keySet());
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void everyViewOfEveryProgramConformsNowAndInThePast() {
        List<String> found = new ArrayList<>();
        for (ProgramApi program : programs) {
            for (String pool : pools.get(program.program())) {
                JsonNode page = get("/api/pools/{pool}/positions", "/api/pools/" + pool + "/positions?limit=2", found);
                String account = page.get("positions").get(0).get("account").asText();
                get("/api/pools/{pool}/positions", "/api/pools/" + pool + "/positions?limit=2&cursor="
                        + page.get("nextCursor").asText(), found);
                get("/api/pools/{pool}", "/api/pools/" + pool, found);
                get("/api/pools/{pool}/positions/{account}", "/api/pools/" + pool + "/positions/" + account, found);
                String createdAt = read(http.get("/api/pools", keys.admin()).body()).findParents("pool").stream()
                        .filter(p -> p.get("pool").asText().equals(pool)).findFirst().orElseThrow()
                        .get("lastEventAt").asText();
                for (String view : program.views()) {
                    String query = "account=" + account + (VIEW_QUERIES.containsKey(view) ? "&" + VIEW_QUERIES.get(view) : "");
                    String path = "/api/pools/" + pool + "/views/" + view + "?" + query;
                    get("/api/pools/{pool}/views/" + view, path, found);
                    get("/api/pools/{pool}/views/" + view, path + "&asOf=" + URLEncoder.encode(createdAt,
                            StandardCharsets.UTF_8), found);
                }
            }
        }
        get("/api/pools", "/api/pools", found);
        assertThat(found).isEmpty();
    }

    private JsonNode get(String template, String path, List<String> found) {
        Http.Answer answer = http.get(path, keys.admin());
        assertThat(answer.status()).as(path + ": " + answer.body()).isEqualTo(200);
        found.addAll(contract.answer("GET", template, 200, answer.header("Content-Type"), answer.json()));
        return answer.json();
    }

    @Test
    void problemAnswersConformWithTheirTypes() {
        String pool = pools.get("early-staking").get(1);
        String stake = "/api/pools/{pool}/commands/Stake";
        String path = "/api/pools/" + pool + "/commands/Stake";
        List<String> found = new ArrayList<>();
        problem(400, "POST", stake, http.post(path, "{\"account\":\"x\",\"amount\":\"1\",\"colour\":1}",
                keys.admin()), found);
        problem(401, "GET", "/api/pools", http.get("/api/pools", null), found);
        problem(403, "POST", stake, http.post(path, "{\"account\":\"x\",\"amount\":\"1\"}", keys.auditor()), found);
        problem(404, "GET", "/api/pools/{pool}", http.get("/api/pools/no-such-pool", keys.admin()), found);
        problem(409, "POST", stake, http.post(path, "{\"account\":\"x\",\"amount\":\"1\",\"at\":\"2026-01-01T00:00:00Z\"}",
                keys.admin()), found);
        problem(413, "POST", stake, http.post(path, "{\"account\":\"" + "x".repeat(70_000) + "\"}", keys.admin()),
                found);
        problem(415, "POST", stake, plainText(path), found);
        problem(422, "POST", stake, http.post(path, "{\"account\":\"x\",\"amount\":\"100000\"}", keys.admin()),
                found);
        assertThat(found).isEmpty();
    }

    private void problem(int status, String method, String template, Http.Answer answer, List<String> found) {
        assertThat(answer.status()).as(method + " " + template + ": " + answer.body()).isEqualTo(status);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        found.addAll(contract.answer(method, template, status, answer.header("Content-Type"), answer.json()));
    }

    private Http.Answer plainText(String path) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + port + path)).header("Content-Type", "text/plain")
                    .header("Authorization", "Bearer " + keys.admin())
                    .POST(HttpRequest.BodyPublishers.ofString("account=x")).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Http.Answer(response.statusCode(), response.body(), response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theDocumentIsOpenApi31WithTitleVersionSecurityAndUi() {
        JsonNode document = contract.document();
        assertThat(document.get("openapi").asText()).startsWith("3.1");
        assertThat(document.at("/info/title").asText()).isEqualTo("Staking ledger API");
        assertThat(version).matches("[0-9]+\\.[0-9]+\\.[0-9]+.*");
        assertThat(document.at("/info/version").asText()).isEqualTo(version);
        assertThat(document.at("/components/securitySchemes/apiKey/scheme").asText()).isEqualTo("bearer");
        assertThat(document.at("/components/securitySchemes/jwt/bearerFormat").asText()).isEqualTo("JWT");
        assertThat(http.get("/swagger-ui/index.html", null).status()).as("Swagger UI, open to anyone").isEqualTo(200);
        for (int status : List.of(400, 401, 403, 404, 409, 413, 415, 422, 429, 503)) {
            assertThat(contract.operation("POST", "/api/pools/{pool}/commands/Stake").path("responses")
                    .has(Integer.toString(status))).as("Stake documents " + status).isTrue();
        }
    }

    @Test
    void everyReferenceInTheDocumentResolves() {
        List<String> dangling = new ArrayList<>();
        contract.document().findValues("$ref").forEach(ref -> {
            if (contract.document().at(ref.asText().substring(1)).isMissingNode()) {
                dangling.add(ref.asText());
            }
        });
        assertThat(dangling).isEmpty();
    }

    @Test
    void eachCommandsSchemaHasExactlyTheFieldsItsReaderTakes() {
        for (ProgramApi program : programs) {
            for (CommandBinding command : program.commands().values()) {
                JsonNode schema = contract.document().at("/components/schemas/" + LedgerContract.prefix(program)
                        + command.type() + "Command");
                List<String> properties = new ArrayList<>();
                schema.get("properties").fieldNames().forEachRemaining(properties::add);
                assertThat(properties).as(command.type())
                        .containsExactlyInAnyOrderElementsOf(command.fields().stream().map(FieldRule::name).toList());
                List<String> required = new ArrayList<>();
                schema.path("required").forEach(r -> required.add(r.asText()));
                assertThat(required).as(command.type()).containsExactlyInAnyOrderElementsOf(command.fields().stream()
                        .filter(f -> !f.optional()).map(FieldRule::name).toList());
                assertThat(schema.get("additionalProperties").asBoolean(true)).as(command.type()).isFalse();
            }
        }
    }

    /** The decimal, identifier and instant texts the schema admits are the ones the readers admit. */
    @Test
    void theSchemaPatternsAdmitWhatTheReadersAdmit() {
        String template = "/api/pools/{pool}/commands/Stake";
        List<String> texts = List.of("12.5", "0", "-1", "1e3", "1E-2", "+1", " 1", "1.", ".5", "0x10", "NaN",
                "Infinity", "01", "1,5", "1_000", "", "-", "1e", "9".repeat(30), "1.000000000000000001");
        for (String text : texts) {
            boolean reader;
            try {
                DecimalText.parse("amount", text);
                reader = true;
            } catch (CommandRejected rejected) {
                reader = false;
            }
            ObjectNode body = JSON.createObjectNode().put("account", "alice").put("amount", text);
            assertThat(contract.request("POST", template, body).isEmpty()).as(quote(text)).isEqualTo(reader);
        }
        for (String account : List.of("alice", "a.b_c:d-e", "-alice", "al ice", "", "é", "x".repeat(129))) {
            boolean reader;
            try {
                Inputs.identifier("account", account);
                reader = true;
            } catch (CommandRejected rejected) {
                reader = false;
            }
            ObjectNode body = JSON.createObjectNode().put("account", account).put("amount", "1");
            assertThat(contract.request("POST", template, body).isEmpty()).as(quote(account)).isEqualTo(reader);
        }
    }

    private static String quote(String text) {
        return "\"" + text + "\"";
    }

    private static JsonNode read(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
