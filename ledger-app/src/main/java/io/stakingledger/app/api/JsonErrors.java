package io.stakingledger.app.api;

import com.fasterxml.jackson.databind.JsonMappingException;
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
        if (error instanceof JsonMappingException mapping) {
            String path = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining("."));
            String message = mapping.getOriginalMessage();
            int cut = message.indexOf(" at [Source");
            if (cut > 0) {
                message = message.substring(0, cut);
            }
            return path.isEmpty() ? message : "field " + path + ": " + message;
        }
        return error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage().split("\n")[0];
    }
}
