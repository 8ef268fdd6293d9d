package io.stakingledger.app.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The served OpenAPI document as a validator: the schema of a path's request body or of one of its answers,
 * checked with networknt's json-schema-validator (JSON Schema 2020-12, the dialect of OpenAPI 3.1).
 */
final class Contract {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonNode document;
    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

    Contract(JsonNode document) {
        this.document = document;
    }

    JsonNode document() {
        return document;
    }

    /** The operation at {@code path} (as templated in the document) for {@code method}; fails when absent. */
    JsonNode operation(String method, String path) {
        JsonNode operation = document.path("paths").path(path).path(method.toLowerCase());
        if (operation.isMissingNode()) {
            throw new AssertionError("the contract has no " + method + " " + path);
        }
        return operation;
    }

    /** Violations of the request body schema of {@code method path} by {@code body}. */
    List<String> request(String method, String path, JsonNode body) {
        JsonNode schema = operation(method, path).path("requestBody").path("content").path("application/json")
                .path("schema");
        if (schema.isMissingNode()) {
            throw new AssertionError(method + " " + path + " has no request body schema");
        }
        return check(method + " " + path + " request", schema, body);
    }

    /** Violations of the schema of answer {@code status} of {@code method path} in {@code mediaType} by {@code body}. */
    List<String> answer(String method, String path, int status, String mediaType, JsonNode body) {
        JsonNode response = operation(method, path).path("responses").path(Integer.toString(status));
        if (response.isMissingNode()) {
            return List.of(method + " " + path + " documents no " + status + " answer");
        }
        response = resolve(response);
        String type = mediaType == null ? "" : mediaType.split(";")[0].trim();
        JsonNode schema = response.path("content").path(type).path("schema");
        if (schema.isMissingNode()) {
            return List.of(method + " " + path + " " + status + " documents no " + type + " answer");
        }
        return check(method + " " + path + " " + status, schema, body);
    }

    /** A {@code $ref} within the document, followed. */
    JsonNode resolve(JsonNode node) {
        JsonNode ref = node.get("$ref");
        return ref == null ? node : document.at(ref.asText().substring(1));
    }

    private List<String> check(String key, JsonNode schema, JsonNode instance) {
        Schema compiled = schemas.computeIfAbsent(key + schema, k -> compile(schema));
        return compiled.validate(instance).stream().map(Error::toString).map(e -> key + ": " + e).toList();
    }

    /** The schema inside a copy of the document, so that its {@code #/components/...} references resolve. */
    private Schema compile(JsonNode schema) {
        ObjectNode root = JSON.createObjectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.set("components", document.get("components"));
        root.set("$defs", JSON.createObjectNode().set("target", schema));
        root.put("$ref", "#/$defs/target");
        return registry.getSchema(root.toString(), InputFormat.JSON);
    }
}
