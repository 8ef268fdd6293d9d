package io.stakingledger.app.api;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import java.util.stream.Collectors;

/** Short, user-facing descriptions of JSON parse and mapping failures (no stack traces, no class names). */
public final class JsonErrors {

    private JsonErrors() {
    }

    public static String describe(Throwable error) {
        if (error instanceof UnrecognizedPropertyException unknown) {
            return "unknown field \"" + unknown.getPropertyName() + "\"";
        }
        if (error instanceof InvalidFormatException invalid) {
            return "field " + path(invalid) + ": \"" + invalid.getValue() + "\" " + expected(invalid.getTargetType());
        }
        if (error instanceof JsonMappingException mapping) {
            String path = path(mapping);
            String message = mapping.getOriginalMessage();
            int cut = message.indexOf(" at [Source");
            if (cut > 0) {
                message = message.substring(0, cut);
            }
            return path.isEmpty() ? message : "field " + path + ": " + message;
        }
        return error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage().split("\n")[0];
    }

    private static String path(JsonMappingException mapping) {
        return mapping.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."));
    }

    private static String expected(Class<?> type) {
        if (type == java.math.BigDecimal.class) {
            return "is not a decimal number";
        }
        if (type == java.time.Instant.class) {
            return "is not an ISO-8601 instant (e.g. 2026-01-01T00:00:00Z)";
        }
        if (type == java.time.Duration.class) {
            return "is not an ISO-8601 duration (e.g. P7D)";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "is not a whole number";
        }
        return "is not a valid " + type.getSimpleName();
    }
}
