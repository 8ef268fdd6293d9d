package io.stakingledger.app.contract;

import io.stakingledger.app.api.Problems;
import io.stakingledger.app.security.SecurityProblems;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The problem answers (RFC 7807, {@code application/problem+json}) in the contract: one shared
 * {@code Problem} schema and, per status, a response listing the {@code type} URIs it can carry (from
 * {@link Problems.Kind} and the security layer's problems), referenced from every operation that can answer it.
 */
final class ProblemResponses {

    private ProblemResponses() {
    }

    /** Status → the problem types it carries, and what it means. */
    private static final Map<Integer, Entry> STATUSES = statuses();

    private record Entry(String name, String description, List<String> slugs) {
    }

    private static Map<Integer, Entry> statuses() {
        Map<Integer, List<String>> slugs = new TreeMap<>();
        for (Problems.Kind kind : Problems.Kind.values()) {
            String type = kind.type().toString();
            slugs.computeIfAbsent(kind.status().value(), k -> new ArrayList<>())
                    .add(type.substring(Problems.TYPE_BASE.length()));
        }
        slugs.put(401, List.of(SecurityProblems.UNAUTHENTICATED));
        slugs.put(403, List.of(SecurityProblems.PERMISSION_DENIED));
        slugs.put(429, List.of(SecurityProblems.RATE_LIMITED));
        Map<Integer, Entry> entries = new LinkedHashMap<>();
        entries.put(400, new Entry("InvalidInput", "The input is malformed or breaks an input rule; nothing changed. "
                + "The detail names the field and the rule.", slugs.get(400)));
        entries.put(401, new Entry("Unauthenticated", "No credential, or one that is unknown, revoked, expired or "
                + "badly signed (WWW-Authenticate: Bearer).", slugs.get(401)));
        entries.put(403, new Entry("PermissionDenied", "The caller's role lacks the permission named in the "
                + "problem's permission member, or the caller is bound to another account or pool; nothing changed.",
                slugs.get(403)));
        entries.put(404, new Entry("NotFound", "No such pool, account position or path.", slugs.get(404)));
        entries.put(409, new Entry("Conflict", "Refused by the pool's state: a business rule, time going backwards, "
                + "a reused commandId or a concurrent change; nothing changed.", slugs.get(409)));
        entries.put(413, new Entry("PayloadTooLarge", "The body exceeds ledger.input.max-body-bytes.", slugs.get(413)));
        entries.put(415, new Entry("UnsupportedMediaType", "The body must be UTF-8 JSON (Content-Type: "
                + "application/json).", slugs.get(415)));
        entries.put(422, new Entry("LimitExceeded", "A limit of the pool (cap, capacity, balance) would be exceeded; "
                + "the detail states the limit and what is available. Nothing changed.", slugs.get(422)));
        entries.put(429, new Entry("RateLimited", "Too many requests from this caller; retry after Retry-After "
                + "seconds.", slugs.get(429)));
        entries.put(503, new Entry("StoreUnavailable", "The event store cannot be written or read (for instance a "
                + "full disk); nothing was acknowledged. Retry later.", slugs.get(503)));
        return entries;
    }

    /** The RFC 7807 problem: its members, and the extension members the ledger adds. */
    static Schema schema() {
        return new JsonSchema().types(Set.of("object")).required(List.of("type", "title", "status"))
                .description("An RFC 7807 problem")
                .addProperty("type", new JsonSchema().types(Set.of("string")).format("uri")
                        .description("names the problem; one of the URIs under " + Problems.TYPE_BASE))
                .addProperty("title", new JsonSchema().types(Set.of("string")))
                .addProperty("status", new JsonSchema().types(Set.of("integer")))
                .addProperty("detail", new JsonSchema().types(Set.of("string")).maxLength(Problems.MAX_DETAIL + 1)
                        .description("what went wrong, in the caller's terms"))
                .addProperty("instance", new JsonSchema().types(Set.of("string")).description("the request path"))
                .addProperty("permission", new JsonSchema().types(Set.of("string"))
                        .description("403: the permission the caller lacks"))
                .addProperty("errorId", new JsonSchema().types(Set.of("string"))
                        .description("500: the id under which the server logged the failure"));
    }

    /** The shared responses, by name. */
    static Map<String, ApiResponse> all() {
        Map<String, ApiResponse> responses = new LinkedHashMap<>();
        STATUSES.forEach((status, entry) -> responses.put(entry.name(), new ApiResponse()
                .description(entry.description())
                .content(new Content().addMediaType(Problems.PROBLEM_JSON.toString(), new MediaType().schema(
                        new JsonSchema().allOf(List.of(WireSchemas.ref("Problem"), new JsonSchema()
                                .addProperty("type", new JsonSchema()._enum(entry.slugs().stream()
                                        .map(slug -> Problems.TYPE_BASE + slug).map(s -> (Object) s).toList()))
                                .addProperty("status", new JsonSchema()._const(new BigDecimal(status))))))))));
        return responses;
    }

    /**
     * Adds the problems an operation can answer: every one of them can be refused (400), unauthenticated (401),
     * denied (403), rate limited (429) or meet an unusable store (503); a path with a variable can name
     * something that is not there (404); a body can be too large or not JSON (413, 415); a command can conflict
     * with the pool (409) or exceed a limit (422).
     */
    static void add(Operation operation, PathItem.HttpMethod method, String path) {
        if (!path.startsWith("/api/")) {
            return;
        }
        List<Integer> statuses = new ArrayList<>(List.of(400, 401, 403, 429, 503));
        if (path.contains("{")) {
            statuses.add(404);
        }
        if (method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT) {
            statuses.addAll(Arrays.asList(409, 413, 415, 422));
        }
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        statuses.stream().sorted().forEach(status -> responses.addApiResponse(status.toString(), new ApiResponse()
                .$ref("#/components/responses/" + STATUSES.get(status).name())));
        operation.setResponses(responses);
    }
}
