package io.stakingledger.app.api;

import io.stakingledger.core.common.CommandRejected;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

import java.net.URI;
import java.util.Map;

/**
 * The one error contract: every error the ledger answers, whatever layer raises it, is an RFC 7807
 * problem ({@code application/problem+json}) with a stable {@code type} under {@link #TYPE_BASE}, a
 * {@code title}, the {@code status} and a {@code detail} in user terms. Details never carry class names
 * or framework messages, and are cut at {@link #MAX_DETAIL} characters.
 */
public final class Problems {

    public static final String TYPE_BASE = "https://staking-ledger.dev/problems/";

    public static final MediaType PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON;

    /** Longest detail answered; a longer one is cut (the input that made it was already refused). */
    public static final int MAX_DETAIL = 1_000;

    /** Longest {@code instance} (request path) answered. */
    public static final int MAX_INSTANCE = 200;

    /** Every problem type and its title. */
    public enum Kind {
        INVALID_INPUT(HttpStatus.BAD_REQUEST, "invalid-input", "Invalid input"),
        NOT_FOUND(HttpStatus.NOT_FOUND, "not-found", "Not found"),
        METHOD_NOT_ALLOWED(HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed", "Method not allowed"),
        NOT_ACCEPTABLE(HttpStatus.NOT_ACCEPTABLE, "not-acceptable", "Not acceptable"),
        CONFLICT(HttpStatus.CONFLICT, "conflict", "Conflict with the pool's state"),
        COMMAND_ID_REUSED(HttpStatus.CONFLICT, "command-id-reused", "Command id used for another command"),
        CONCURRENT_CHANGE(HttpStatus.CONFLICT, "concurrent-change", "Changed concurrently"),
        PAYLOAD_TOO_LARGE(HttpStatus.PAYLOAD_TOO_LARGE, "payload-too-large", "Request too large"),
        UNSUPPORTED_MEDIA_TYPE(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", "Unsupported media type"),
        LIMIT_EXCEEDED(HttpStatus.UNPROCESSABLE_ENTITY, "limit-exceeded", "Limit exceeded"),
        INTERNAL_ERROR(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Internal error"),
        STORE_UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE, "store-unavailable", "Store unavailable");

        private final HttpStatus status;
        private final String slug;
        private final String title;

        Kind(HttpStatus status, String slug, String title) {
            this.status = status;
            this.slug = slug;
            this.title = title;
        }

        public HttpStatus status() {
            return status;
        }

        public URI type() {
            return URI.create(TYPE_BASE + slug);
        }

        public String title() {
            return title;
        }
    }

    private static final Map<Integer, Kind> BY_STATUS = Map.of(
            400, Kind.INVALID_INPUT, 404, Kind.NOT_FOUND, 405, Kind.METHOD_NOT_ALLOWED, 406, Kind.NOT_ACCEPTABLE,
            409, Kind.CONFLICT, 413, Kind.PAYLOAD_TOO_LARGE, 415, Kind.UNSUPPORTED_MEDIA_TYPE,
            422, Kind.LIMIT_EXCEEDED, 503, Kind.STORE_UNAVAILABLE);

    private Problems() {
    }

    /** The problem kind of a rejection's reason. */
    public static Kind kindOf(CommandRejected.Reason reason) {
        return switch (reason) {
            case INVALID_INPUT -> Kind.INVALID_INPUT;
            case NOT_FOUND -> Kind.NOT_FOUND;
            case LIMIT_EXCEEDED -> Kind.LIMIT_EXCEEDED;
            case CONFLICT -> Kind.CONFLICT;
            case COMMAND_ID_REUSED -> Kind.COMMAND_ID_REUSED;
        };
    }

    /** A problem of {@code kind} saying {@code detail}. */
    public static ProblemDetail of(Kind kind, String detail) {
        ProblemDetail problem = ProblemDetail.forStatus(kind.status());
        problem.setType(kind.type());
        problem.setTitle(kind.title());
        problem.setDetail(cut(detail));
        return problem;
    }

    /**
     * The problem for a bare status code (raised below the controllers): its kind when it has one, an
     * {@code invalid-input} for any other 4xx and an {@code internal-error} for any other 5xx.
     */
    public static Kind kindOf(int status) {
        Kind kind = BY_STATUS.get(status);
        if (kind != null) {
            return kind;
        }
        return status >= 400 && status < 500 ? Kind.INVALID_INPUT : Kind.INTERNAL_ERROR;
    }

    /** What to say about a bare status code when nothing more specific is known. */
    public static String detailOf(int status) {
        return switch (status) {
            case 400 -> "the request is malformed (its request line, URL encoding, headers or body cannot be read)";
            case 404 -> "there is no resource at this path";
            case 405 -> "this method is not allowed on this path";
            case 406 -> "answers are JSON (application/json; errors application/problem+json)";
            case 408 -> "the request was not received in time";
            case 411 -> "a request body needs a Content-Length or chunked encoding";
            case 413 -> "the request is too large";
            case 414 -> "the request URI is too long";
            case 415 -> "the body must be JSON (Content-Type: application/json, UTF-8)";
            case 431 -> "the request headers are too large";
            default -> status >= 500 ? "the server failed to answer this request" : "the request cannot be answered";
        };
    }

    /** The request path as the problem's {@code instance}, when it is short enough to be worth echoing. */
    public static void setInstance(ProblemDetail problem, String path) {
        if (path != null && !path.isEmpty() && path.length() <= MAX_INSTANCE) {
            try {
                problem.setInstance(URI.create(path));
            } catch (IllegalArgumentException notAUri) {
                problem.setInstance(null);
            }
        }
    }

    static String cut(String detail) {
        if (detail == null) {
            return null;
        }
        return detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL) + "…";
    }

    /**
     * The problem as JSON text, for the layers that write it without Spring's converters (a servlet filter,
     * Tomcat's error report). Written by hand so it needs nothing but this class.
     */
    public static String json(Kind kind, int status, String detail, String instance) {
        StringBuilder json = new StringBuilder(256).append('{');
        field(json, "type", kind.type().toString()).append(',');
        field(json, "title", kind.title()).append(',');
        json.append("\"status\":").append(status).append(',');
        field(json, "detail", cut(detail));
        if (instance != null && !instance.isEmpty() && instance.length() <= MAX_INSTANCE) {
            field(json.append(','), "instance", instance);
        }
        return json.append('}').toString();
    }

    private static StringBuilder field(StringBuilder json, String name, String value) {
        json.append('"').append(name).append("\":\"");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\') {
                json.append('\\').append(c);
            } else if (c < 0x20 || c > 0x7e) {
                json.append(String.format("\\u%04x", (int) c));
            } else {
                json.append(c);
            }
        }
        return json.append('"');
    }
}
