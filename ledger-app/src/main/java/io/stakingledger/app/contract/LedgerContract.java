package io.stakingledger.app.contract;

import io.stakingledger.app.api.CommandBinding;
import io.stakingledger.app.api.CommandKind;
import io.stakingledger.app.api.CommandResult;
import io.stakingledger.app.api.LedgerService;
import io.stakingledger.app.api.ProgramApi;
import io.stakingledger.app.api.RecordReader;
import io.stakingledger.projections.PoolSummary;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The typed OpenAPI 3.1 contract, derived from the same declarations the API runs on, so it cannot drift from
 * it: each command's request schema from its domain record ({@link CommandBinding}, the fields the strict
 * reader takes, with its patterns and bounds), each {@code CreatePool} body from the program's parameter
 * record, each view's answer from its answer record ({@link ProgramApi#viewTypes()}), every error as an RFC 7807
 * problem with its {@code type} URIs. springdoc scans the controllers for everything else (paths, parameters
 * of the audit, history, report and admin endpoints); this customizer replaces the generic command and view
 * paths, whose bodies and answers depend on the pool's program, by one path per command and view name.
 */
@Component
public class LedgerContract implements OpenApiCustomizer {

    static final String COMMANDS = "/api/pools/{pool}/commands/{type}";
    static final String VIEWS = "/api/pools/{pool}/views/{view}";
    private static final String JSON = "application/json";

    private final List<ProgramApi> programs;
    private final String version;

    public LedgerContract(List<ProgramApi> programs, @Value("${ledger.version:unknown}") String version) {
        this.programs = programs.stream().sorted(Comparator.comparing(ProgramApi::program)).toList();
        this.version = version;
    }

    @Override
    public void customise(OpenAPI openApi) {
        openApi.info(info());
        Components components = openApi.getComponents() == null ? new Components() : openApi.getComponents();
        openApi.components(components);
        if (components.getSchemas() == null) {
            components.setSchemas(new TreeMap<>());
        }
        security(openApi, components);
        WireSchemas.components().forEach(components::addSchemas);
        AnswerSchemas.components().forEach(components::addSchemas);
        components.addSchemas("Problem", ProblemResponses.schema());
        ProblemResponses.all().forEach(components::addResponses);
        AnswerSchemas answers = new AnswerSchemas();
        Paths paths = openApi.getPaths() == null ? new Paths() : openApi.getPaths();
        openApi.paths(paths);
        commands(paths, components, answers);
        creation(paths, components, answers);
        views(paths, answers);
        lists(paths, answers);
        answers.named().forEach(components::addSchemas);
        paths.remove("/error"); // the servlet container's error dispatch, not an endpoint of the API
        paths.forEach((path, item) -> item.readOperationsMap().forEach((method, operation) ->
                ProblemResponses.add(operation, method, path)));
        pruneUnused(openApi);
    }

    /**
     * Drops the schemas springdoc derived for the generic operations this class replaced (and anything only they
     * used), so that every schema in the document is one that some answer or request uses.
     */
    private static void pruneUnused(OpenAPI openApi) {
        Map<String, Schema> schemas = openApi.getComponents().getSchemas();
        boolean removed = true;
        while (removed) {
            String text;
            try {
                text = Json31.mapper().writeValueAsString(openApi);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("the OpenAPI document cannot be written", e);
            }
            removed = schemas.keySet().removeIf(name -> !text.contains("\"#/components/schemas/" + name + "\""));
        }
    }

    private Info info() {
        return new Info().title("Staking ledger API").version(version).description("""
                An audit-grade, event-sourced ledger of four staking programs (early-staking, governance-mining, \
                points-boost, vote-escrow). Commands change a pool and answer the events they appended; views answer \
                the pool as it stands now or stood at a past instant (asOf, asOfEpoch).

                Every request but the health probe carries `Authorization: Bearer <API key or JWT>`; what a caller \
                may do follows its role (docs/security.md). Bodies are UTF-8 JSON objects read strictly: an unknown \
                field, a null where a value is required or a number in the wrong grammar is a 400 problem. \
                Decimals are exact: send them as strings; answers carry them as strings. Every error is an RFC 7807 \
                problem (`application/problem+json`) whose `type` names it.""");
    }

    private static void security(OpenAPI openApi, Components components) {
        components.setSecuritySchemes(new LinkedHashMap<>());
        components.addSecuritySchemes("apiKey", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                .bearerFormat("slk_ API key")
                .description("An API key created with `scripts/ledger keys create` or POST /api/admin/keys, sent as "
                        + "`Authorization: Bearer slk_...`"));
        components.addSecuritySchemes("jwt", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                .bearerFormat("JWT")
                .description("A JWT of the configured issuer (ledger.security.jwt.issuer), its roles in the roles "
                        + "claim; accepted only when an issuer is configured"));
        openApi.setSecurity(new ArrayList<>(List.of(new SecurityRequirement().addList("apiKey"),
                new SecurityRequirement().addList("jwt"))));
    }

    /** One path per command name; a name several programs share takes any of their bodies. */
    private void commands(Paths paths, Components components, AnswerSchemas answers) {
        PathItem generic = paths.remove(COMMANDS);
        Map<String, List<String>> byName = new TreeMap<>();
        Map<String, List<String>> programsByName = new TreeMap<>();
        for (ProgramApi program : programs) {
            for (CommandBinding command : program.commands().values()) {
                String schema = prefix(program) + command.type() + "Command";
                components.addSchemas(schema, WireSchemas.object(command.fields(), command.type() + " of "
                        + program.program() + (command.kind() == CommandKind.ACCOUNT
                        ? "; an action of the account it names" : "; an operator command")));
                byName.computeIfAbsent(command.type(), k -> new ArrayList<>()).add(schema);
                programsByName.computeIfAbsent(command.type(), k -> new ArrayList<>()).add(program.program());
            }
        }
        Schema result = WireSchemas.ref(answers.name(CommandResult.class));
        byName.forEach((type, schemas) -> {
            Operation operation = new Operation().operationId("command" + type)
                    .summary(type + " (" + String.join(", ", programsByName.get(type)) + ")")
                    .description("Executes " + type + " on a pool of " + String.join(" or ",
                            programsByName.get(type)) + "; the body is the command's fields. A missing at is the "
                            + "server's clock. Answers the events appended (a repeat of a commandId answers its first "
                            + "outcome with duplicate=true).")
                    .addParametersItem(poolParameter())
                    .requestBody(new RequestBody().required(false).content(json(anyOfNamed(schemas))))
                    .responses(new ApiResponses().addApiResponse("200", answer("the events appended", result)));
            tags(generic, operation);
            paths.addPathItem("/api/pools/{pool}/commands/" + type, new PathItem().post(operation));
        });
    }

    /** {@code POST /api/pools}: the CreatePool body of each program, told apart by {@code program}. */
    private void creation(Paths paths, Components components, AnswerSchemas answers) {
        PathItem item = paths.get("/api/pools");
        if (item == null || item.getPost() == null) {
            return;
        }
        List<String> bodies = new ArrayList<>();
        for (ProgramApi program : programs) {
            String params = prefix(program) + "Params";
            components.addSchemas(params, WireSchemas.object(RecordReader.of(program.parameters(), Set.of()).fields(),
                    "CreatePool params of " + program.program() + "; an omitted one takes its default"));
            Schema body = new JsonSchema().types(Set.of("object")).additionalProperties(false)
                    .description("CreatePool of a " + program.program() + " pool")
                    .required(List.of("pool", "program"))
                    .addProperty("pool", WireSchemas.ref("Identifier").description("the new pool's id"))
                    .addProperty("program", new JsonSchema()._const(program.program()))
                    .addProperty("params", new JsonSchema().anyOf(List.of(WireSchemas.ref(params),
                            new JsonSchema().types(Set.of("null")))))
                    .addProperty("at", WireSchemas.ref("Instant").description("creation time; left out, the "
                            + "server's clock"))
                    .addProperty("commandId", WireSchemas.ref("Identifier").description("idempotency key"));
            components.addSchemas(prefix(program) + "CreatePool", body);
            bodies.add(prefix(program) + "CreatePool");
        }
        Operation create = item.getPost().operationId("createPool")
                .requestBody(new RequestBody().required(true).content(json(anyOfNamed(bodies))));
        create.setResponses(new ApiResponses().addApiResponse("201",
                answer("the pool's creation event", WireSchemas.ref(answers.name(CommandResult.class)))));
    }

    /** One path per view name, and the pool and position answers of each program. */
    private void views(Paths paths, AnswerSchemas answers) {
        PathItem generic = paths.remove(VIEWS);
        Map<String, List<Schema>> byName = new TreeMap<>();
        Map<String, Set<String>> parameters = new TreeMap<>();
        Map<String, List<String>> programsByName = new TreeMap<>();
        for (ProgramApi program : programs) {
            program.viewTypes().forEach((name, type) -> {
                byName.computeIfAbsent(name, k -> new ArrayList<>()).add(WireSchemas.ref(answers.name(type)));
                parameters.computeIfAbsent(name, k -> new TreeSet<>()).addAll(program.viewParameters(name));
                programsByName.computeIfAbsent(name, k -> new ArrayList<>()).add(program.program());
            });
        }
        byName.forEach((name, schemas) -> {
            Operation operation = new Operation().operationId("view" + Character.toUpperCase(name.charAt(0))
                            + name.substring(1))
                    .summary("View " + name + " (" + String.join(", ", programsByName.get(name)) + ")")
                    .addParametersItem(poolParameter())
                    .addParametersItem(query("account", "Identifier", "the account (position views: required)"))
                    .addParametersItem(query("at", "Instant", "evaluate time-dependent values at this instant"))
                    .addParametersItem(query("asOf", "Instant", "answer as the ledger stood at this business "
                            + "instant"))
                    .addParametersItem(query("asOfEpoch", null, "early-staking: answer as the ledger stood right "
                            + "after this epoch closed").schema(new JsonSchema().types(Set.of("string"))
                            .pattern("^[0-9]{1,9}$")))
                    .responses(new ApiResponses().addApiResponse("200", answer("the view", anyOf(schemas))));
            parameters.get(name).forEach(p -> operation.addParametersItem(query(p, null, "a decimal")
                    .required(true).schema(new JsonSchema().types(Set.of("string")).pattern(WireSchemas.DECIMAL_TEXT))));
            tags(generic, operation);
            paths.addPathItem("/api/pools/{pool}/views/" + name, new PathItem().get(operation));
        });
        answer(paths, "/api/pools/{pool}", PathItem::getGet, anyOf(byName.get("pool")));
        answer(paths, "/api/pools/{pool}/positions/{account}", PathItem::getGet, anyOf(byName.get("position")));
    }

    /** The pool directory and the positions page. */
    private void lists(Paths paths, AnswerSchemas answers) {
        answer(paths, "/api/pools", PathItem::getGet, new JsonSchema().types(Set.of("array"))
                .items(WireSchemas.ref(answers.name(PoolSummary.class))));
        String page = answers.name(LedgerService.PositionsPage.class);
        List<Schema> positions = new ArrayList<>();
        for (ProgramApi program : programs) {
            positions.add(WireSchemas.ref(answers.name(program.viewTypes().get("position"))));
        }
        answers.named().get(page).getProperties().put("positions", new JsonSchema().types(Set.of("array"))
                .items(anyOf(positions)));
        answer(paths, "/api/pools/{pool}/positions", PathItem::getGet, WireSchemas.ref(page));
    }

    private static void answer(Paths paths, String path, Function<PathItem, Operation> method, Schema schema) {
        PathItem item = paths.get(path);
        if (item != null && method.apply(item) != null) {
            Operation operation = method.apply(item);
            ApiResponse ok = new ApiResponse().description("OK").content(json(schema));
            operation.setResponses(new ApiResponses().addApiResponse("200", ok));
        }
    }

    private static void tags(PathItem generic, Operation operation) {
        if (generic != null) {
            generic.readOperations().stream().findFirst().map(Operation::getTags).ifPresent(operation::setTags);
        }
    }

    private static Parameter poolParameter() {
        return new Parameter().in("path").name("pool").required(true).schema(WireSchemas.ref("Identifier"))
                .description("the pool's id");
    }

    private static Parameter query(String name, String component, String description) {
        Parameter parameter = new Parameter().in("query").name(name).required(false).description(description);
        return component == null ? parameter : parameter.schema(WireSchemas.ref(component));
    }

    private static ApiResponse answer(String description, Schema schema) {
        return new ApiResponse().description(description).content(json(schema));
    }

    private static Content json(Schema schema) {
        return new Content().addMediaType(JSON, new MediaType().schema(schema));
    }

    private static Schema anyOfNamed(List<String> names) {
        return names.size() == 1 ? WireSchemas.ref(names.get(0))
                : new JsonSchema().anyOf(names.stream().map(WireSchemas::ref).map(s -> (Schema) s).toList());
    }

    private static Schema anyOf(List<Schema> schemas) {
        return schemas.size() == 1 ? schemas.get(0) : new JsonSchema().anyOf(schemas);
    }

    /** {@code early-staking} → {@code EarlyStaking}. */
    static String prefix(ProgramApi program) {
        StringBuilder prefix = new StringBuilder();
        for (String part : program.program().split("-")) {
            prefix.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return prefix.toString();
    }
}
