package io.stakingledger.app.contract;

import io.stakingledger.core.common.fields.OptionalField;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.Schema;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * JSON Schema of the API's answers, derived from the answer records' components as the API's JSON mapper
 * writes them (config/JsonConfiguration): decimals as plain strings without trailing zeros, instants and
 * durations as ISO-8601 strings, records as objects with exactly their components, every one present; a
 * component that may be null says so with {@link OptionalField}. Each record becomes one named schema.
 */
final class AnswerSchemas {

    /** Decimals as the API writes them ({@code Decimals.format}): plain notation, no trailing zeros. */
    static final String DECIMAL_ANSWER = "^-?(0|[1-9][0-9]*)(\\.[0-9]*[1-9])?$";

    private final Map<String, Schema> named = new TreeMap<>();
    private final Map<Class<?>, String> names = new HashMap<>();

    /** The schemas named so far, for {@code components.schemas}. */
    Map<String, Schema> named() {
        return named;
    }

    static Map<String, Schema> components() {
        return Map.of("DecimalAnswer", new JsonSchema().types(Set.of("string")).pattern(DECIMAL_ANSWER)
                .description("A decimal as the ledger answers it: a string in plain notation without trailing zeros "
                        + "(read it into an exact decimal type, never a float)")
                .examples(List.of("1234.5")));
    }

    /** The schema of a value of {@code type}: a reference to a named schema for a record. */
    Schema of(Type type) {
        if (type instanceof ParameterizedType parameterized) {
            Type raw = parameterized.getRawType();
            Type[] arguments = parameterized.getActualTypeArguments();
            if (raw == List.class || raw == Set.class) {
                return new JsonSchema().types(Set.of("array")).items(of(arguments[0]));
            }
            if (raw == Map.class) {
                return new JsonSchema().types(Set.of("object")).additionalProperties(of(arguments[1]));
            }
            if (raw == Optional.class) {
                return of(arguments[0]);
            }
        }
        if (!(type instanceof Class<?> raw)) {
            throw new IllegalArgumentException("no answer schema for " + type);
        }
        if (raw == Object.class) {
            // a payload whose type the answer names beside it (an event of CommandResult)
            return new JsonSchema().types(Set.of("object")).description("the fields of the record named beside it");
        }
        if (raw == BigDecimal.class) {
            return WireSchemas.ref("DecimalAnswer");
        }
        if (raw == String.class) {
            return new JsonSchema().types(Set.of("string"));
        }
        if (raw == Instant.class) {
            return WireSchemas.ref("Instant");
        }
        if (raw == Duration.class) {
            return WireSchemas.ref("Duration");
        }
        if (raw == int.class || raw == long.class || raw == Integer.class || raw == Long.class) {
            return new JsonSchema().types(Set.of("integer"));
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return new JsonSchema().types(Set.of("boolean"));
        }
        if (raw.isEnum()) {
            return new JsonSchema().types(Set.of("string"))._enum(Arrays.stream(raw.getEnumConstants()).map(Object::toString).toList());
        }
        if (raw.isRecord()) {
            return WireSchemas.ref(name(raw));
        }
        throw new IllegalArgumentException("no answer schema for " + raw.getName());
    }

    /** Names {@code record}'s schema (once) and returns the name. */
    String name(Class<?> record) {
        String known = names.get(record);
        if (known != null) {
            return known;
        }
        String name = nameOf(record);
        if (named.containsKey(name)) {
            throw new IllegalStateException("two answer records named " + name);
        }
        names.put(record, name);
        Schema object = new JsonSchema().types(Set.of("object")).additionalProperties(false);
        named.put(name, object);
        List<String> required = new ArrayList<>();
        for (RecordComponent component : record.getRecordComponents()) {
            Schema value = of(component.getGenericType());
            if (component.isAnnotationPresent(OptionalField.class)) {
                value = new JsonSchema().anyOf(List.of(value, new JsonSchema().types(Set.of("null"))));
            }
            object.addProperty(component.getName(), value);
            required.add(component.getName());
        }
        object.required(required);
        return name;
    }

    /**
     * A record's schema name: its simple names (outer first), prefixed with its program when the name does not
     * already start with it ({@code projections.voteescrow.PoolView} → {@code VoteEscrowPoolView}).
     */
    private static String nameOf(Class<?> record) {
        List<String> simple = new ArrayList<>();
        for (Class<?> c = record; c != null; c = c.getEnclosingClass()) {
            simple.add(0, c.getSimpleName());
        }
        String name = String.join(".", simple);
        String pkg = record.getPackageName();
        String program = switch (pkg.substring(pkg.lastIndexOf('.') + 1)) {
            case "earlystaking" -> "EarlyStaking";
            case "governancemining" -> "GovernanceMining";
            case "pointsboost" -> "PointsBoost";
            case "voteescrow" -> "VoteEscrow";
            default -> "";
        };
        return name.startsWith(program) ? name : program + name;
    }
}
