package io.stakingledger.app.contract;

import io.stakingledger.app.api.FieldRule;
import io.stakingledger.app.api.Fields;
import io.stakingledger.core.common.DecimalText;
import io.stakingledger.core.common.Inputs;
import io.stakingledger.core.common.InstantText;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.Schema;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * JSON Schema (2020-12, as OpenAPI 3.1 uses it) of what the strict reader accepts: one shared schema per
 * grammar of {@link FieldRule.Grammar} and, for a record read by {@link io.stakingledger.app.api.RecordReader},
 * an object schema with exactly its fields. The patterns are the core readers' grammars written for JSON
 * Schema (anchored, as JSON Schema patterns are not); {@code ContractConformanceTest} feeds the same texts to both.
 */
final class WireSchemas {

    static final String DECIMAL_TEXT = "^-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?$";
    static final String IDENTIFIER = "^[A-Za-z0-9][A-Za-z0-9._:-]*$";
    static final String TEXT = "^[!-~]+$";
    static final String INSTANT = "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?"
            + "(Z|[+-][0-9]{2}:[0-9]{2})$";
    static final String DURATION = "^P(?:[0-9]{1,9}D)?(?:T(?:[0-9]{1,9}H)?(?:[0-9]{1,9}M)?"
            + "(?:[0-9]{1,9}(?:\\.[0-9]{1,9})?S)?)?$";
    static final int MAX_INSTANT_LENGTH = 40;

    static final String EXAMPLE_INSTANT = "2026-01-01T00:00:00Z";

    private WireSchemas() {
    }

    /** The shared input schemas, by component name. */
    static Map<String, Schema> components() {
        Map<String, Schema> schemas = new LinkedHashMap<>();
        schemas.put("Decimal", new JsonSchema().description("A decimal: a JSON string in plain or scientific notation "
                        + "(no '+', no spaces, at most " + DecimalText.MAX_LENGTH + " characters, at most "
                        + DecimalText.MAX_INTEGER_DIGITS + " integer digits and 18 fractional digits), or a JSON number. "
                        + "Strings are recommended: a JSON number may lose digits in the client's parser.")
                .anyOf(List.of(new JsonSchema().types(Set.of("string")).pattern(DECIMAL_TEXT)
                                .maxLength(DecimalText.MAX_LENGTH),
                        new JsonSchema().types(Set.of("number"))))
                .examples(List.of("1000", "0.25")));
        schemas.put("Identifier", new JsonSchema().types(Set.of("string")).pattern(IDENTIFIER).minLength(1)
                .maxLength(Inputs.MAX_IDENTIFIER_LENGTH)
                .description("A pool, account, asset, target or command id: 1 to " + Inputs.MAX_IDENTIFIER_LENGTH
                        + " of A-Z a-z 0-9 . _ : -, starting with a letter or digit")
                .examples(List.of("alice")));
        schemas.put("Text", new JsonSchema().types(Set.of("string")).pattern(TEXT).minLength(1)
                .maxLength(Fields.MAX_TEXT_LENGTH)
                .description("1 to " + Fields.MAX_TEXT_LENGTH + " printable ASCII characters without spaces"));
        schemas.put("Instant", new JsonSchema().types(Set.of("string")).format("date-time").pattern(INSTANT)
                .maxLength(MAX_INSTANT_LENGTH)
                .description("An ISO-8601 instant with a zone, from " + InstantText.EARLIEST + " to " + InstantText.LATEST)
                .examples(List.of(EXAMPLE_INSTANT)));
        schemas.put("Duration", new JsonSchema().types(Set.of("string")).pattern(DURATION)
                .maxLength(InstantText.MAX_DURATION_LENGTH)
                .description("An ISO-8601 duration in days, hours, minutes and seconds (P7D, PT72H); a bare number is "
                        + "refused")
                .examples(List.of("P7D")));
        return schemas;
    }

    /** The object schema of a record's fields: exactly these, the required ones listed, nothing else. */
    static Schema object(List<FieldRule> fields, String description) {
        Schema object = new JsonSchema().types(Set.of("object")).additionalProperties(false);
        if (description != null) {
            object.description(description);
        }
        List<String> required = new ArrayList<>();
        for (FieldRule field : fields) {
            object.addProperty(field.name(), field(field));
            if (!field.optional()) {
                required.add(field.name());
            }
        }
        if (!required.isEmpty()) {
            object.required(required);
        }
        return object;
    }

    /** One field: its grammar's schema, null allowed where the reader takes null as absent, with its doc. */
    static Schema field(FieldRule field) {
        Schema schema = grammar(field);
        if (field.optional() && field.grammar() != FieldRule.Grammar.AT) {
            schema = new JsonSchema().anyOf(List.of(schema, new JsonSchema().types(Set.of("null"))));
        }
        String description = describe(field);
        if (description != null) {
            schema.description(description);
        }
        Object example = example(field);
        if (example != null) {
            schema.examples(List.of(example));
        }
        return schema;
    }

    private static Schema grammar(FieldRule field) {
        return switch (field.grammar()) {
            case AT, INSTANT -> ref("Instant");
            case IDENTIFIER -> ref("Identifier");
            case TEXT -> ref("Text");
            case DECIMAL -> field.positive()
                    ? new JsonSchema().allOf(List.of(ref("Decimal"), new JsonSchema().not(zeroOrNegative())))
                    : ref("Decimal");
            case DECIMAL_OR_ALL -> new JsonSchema().anyOf(List.of(ref("Decimal"), new JsonSchema()._const("all")));
            case WHOLE_NUMBER -> new JsonSchema().anyOf(List.of(
                    new JsonSchema().types(Set.of("number")).multipleOf(BigDecimal.ONE)
                            .minimum(BigDecimal.valueOf(field.min())).maximum(BigDecimal.valueOf(field.max())),
                    new JsonSchema().types(Set.of("string")).pattern(DECIMAL_TEXT).maxLength(DecimalText.MAX_LENGTH)));
            case DURATION -> ref("Duration");
            case DECIMAL_LIST -> new JsonSchema().types(Set.of("array")).items(ref("Decimal")).maxItems(field.max());
            case DECIMAL_MAP -> new JsonSchema().types(Set.of("object")).propertyNames(ref("Text"))
                    .additionalProperties(ref("Decimal")).maxProperties(field.max());
        };
    }

    /** A decimal at or below zero, as a number or as text. */
    private static Schema zeroOrNegative() {
        return new JsonSchema().anyOf(List.of(
                new JsonSchema().types(Set.of("number")).maximum(BigDecimal.ZERO),
                new JsonSchema().types(Set.of("string")).pattern("^(-|0(\\.0*)?([eE]|$))")));
    }

    private static String describe(FieldRule field) {
        String text = field.doc() != null ? field.doc() : switch (field.name()) {
            case "account" -> "the account";
            case "at" -> "business time; left out, the server's clock (null is refused)";
            case FieldRule.COMMAND_ID -> "idempotency key: a repeat with the same id and fields answers the first "
                    + "outcome; the same id with other fields is refused";
            default -> null;
        };
        if (text == null) {
            return null;
        }
        return switch (field.grammar()) {
            case WHOLE_NUMBER -> text + "; a whole number from " + field.min() + " to " + field.max();
            case DECIMAL_LIST, DECIMAL_MAP -> text + "; at most " + field.max() + " entries";
            default -> field.positive() ? text + "; must be positive" : text;
        };
    }

    private static Object example(FieldRule field) {
        if (field.example() != null) {
            return field.example();
        }
        return switch (field.name()) {
            case "account" -> "alice";
            case "at" -> EXAMPLE_INSTANT;
            case FieldRule.COMMAND_ID -> "cmd-0001";
            default -> null;
        };
    }

    static Schema ref(String component) {
        return new JsonSchema().$ref("#/components/schemas/" + component);
    }
}
