package io.stakingledger.app.api;

import io.stakingledger.core.common.CommandRejected;
import io.stakingledger.core.common.Decimals;
import io.stakingledger.core.common.fields.ActingAccount;
import io.stakingledger.core.common.fields.DecimalOrAll;
import io.stakingledger.core.common.fields.Doc;
import io.stakingledger.core.common.fields.FreeText;
import io.stakingledger.core.common.fields.MaxEntries;
import io.stakingledger.core.common.fields.OptionalField;
import io.stakingledger.core.common.fields.Positive;
import io.stakingledger.core.common.fields.WholeNumber;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * How one record component is read as the JSON field of the same name: its {@link Grammar}, decided by the
 * component's Java type and refined by the annotations of {@code io.stakingledger.core.common.fields}. The
 * OpenAPI document describes each field from this same rule ({@link io.stakingledger.app.contract}).
 *
 * @param doc     what the field means; null when the component carries no {@link Doc}
 * @param example an example value as JSON text would carry it; null when none is declared
 */
public record FieldRule(String name, Grammar grammar, boolean optional, boolean positive, boolean actingAccount,
                        int min, int max, String doc, String example) {

    /** Every command's idempotency key: an identifier, always optional. */
    public static final String COMMAND_ID = "commandId";

    /** The shapes a field can take on the wire, each read by one method of {@link Fields}. */
    public enum Grammar {
        /** Business time {@code at}: optional, never null when present ({@link Fields#at()}). */
        AT,
        IDENTIFIER,
        TEXT,
        DECIMAL,
        DECIMAL_OR_ALL,
        WHOLE_NUMBER,
        INSTANT,
        DURATION,
        DECIMAL_LIST,
        DECIMAL_MAP
    }

    /**
     * The rule for {@code component}.
     *
     * @throws IllegalArgumentException for a type or an annotation the reader cannot honour, so a command
     *                                  that cannot be read strictly fails the application's start
     */
    public static FieldRule of(RecordComponent component) {
        String name = component.getName();
        boolean optional = component.isAnnotationPresent(OptionalField.class);
        Doc doc = component.getAnnotation(Doc.class);
        WholeNumber bounds = component.getAnnotation(WholeNumber.class);
        MaxEntries entries = component.getAnnotation(MaxEntries.class);
        Grammar grammar = grammarOf(component, optional);
        boolean positive = component.isAnnotationPresent(Positive.class);
        boolean acting = component.isAnnotationPresent(ActingAccount.class);
        require(!positive || grammar == Grammar.DECIMAL, component, "@Positive needs a BigDecimal");
        require(!acting || grammar == Grammar.IDENTIFIER && !optional && name.equals("account"), component,
                "@ActingAccount marks a required String account");
        require((bounds != null) == (grammar == Grammar.WHOLE_NUMBER), component, "an Integer needs @WholeNumber");
        require((entries != null) == (grammar == Grammar.DECIMAL_LIST || grammar == Grammar.DECIMAL_MAP), component,
                "a list or map needs @MaxEntries");
        int min = bounds != null ? bounds.min() : 0;
        int max = bounds != null ? bounds.max() : entries != null ? entries.value() : 0;
        String example = doc == null || doc.example().isEmpty() ? null : doc.example();
        boolean optionalByNature = grammar == Grammar.AT || name.equals(COMMAND_ID) && grammar == Grammar.IDENTIFIER;
        return new FieldRule(name, grammar, optional || optionalByNature, positive, acting, min, max,
                doc == null ? null : doc.value(), example);
    }

    private static Grammar grammarOf(RecordComponent component, boolean optional) {
        String name = component.getName();
        Class<?> type = component.getType();
        boolean text = component.isAnnotationPresent(FreeText.class);
        boolean orAll = component.isAnnotationPresent(DecimalOrAll.class);
        require(!text || type == String.class && !optional, component, "@FreeText marks a required String");
        require(!orAll || type == BigDecimal.class, component, "@DecimalOrAll needs a BigDecimal");
        if (type == Instant.class && name.equals("at")) {
            require(!optional, component, "at is optional by nature");
            return Grammar.AT;
        }
        if (type == String.class) {
            return text ? Grammar.TEXT : Grammar.IDENTIFIER;
        }
        if (type == BigDecimal.class) {
            return orAll ? Grammar.DECIMAL_OR_ALL : Grammar.DECIMAL;
        }
        if (type == Integer.class) {
            require(optional, component, "a required whole number is not read yet");
            return Grammar.WHOLE_NUMBER;
        }
        if (type == Instant.class || type == Duration.class) {
            require(optional, component, "a required " + type.getSimpleName() + " is not read yet");
            return type == Instant.class ? Grammar.INSTANT : Grammar.DURATION;
        }
        if (type == List.class && typeArguments(component).equals(List.of(BigDecimal.class))) {
            require(optional, component, "a required list is not read yet");
            return Grammar.DECIMAL_LIST;
        }
        if (type == Map.class && typeArguments(component).equals(List.of(String.class, BigDecimal.class))) {
            require(optional, component, "a required map is not read yet");
            return Grammar.DECIMAL_MAP;
        }
        throw new IllegalArgumentException(where(component) + ": no field grammar for " + component.getGenericType());
    }

    private static List<Type> typeArguments(RecordComponent component) {
        return component.getGenericType() instanceof ParameterizedType parameterized
                ? List.of(parameterized.getActualTypeArguments()) : List.of();
    }

    private static void require(boolean condition, RecordComponent component, String rule) {
        if (!condition) {
            throw new IllegalArgumentException(where(component) + ": " + rule);
        }
    }

    private static String where(RecordComponent component) {
        return component.getDeclaringRecord().getName() + "." + component.getName();
    }

    /** Reads this field from {@code fields} with the grammar's strict reader; null when absent and optional. */
    public Object read(Fields fields) {
        return switch (grammar) {
            case AT -> fields.at();
            case IDENTIFIER -> optional ? fields.optionalIdentifier(name) : fields.identifier(name);
            case TEXT -> fields.text(name);
            case DECIMAL -> optional ? fields.optionalDecimal(name) : fields.decimal(name);
            case DECIMAL_OR_ALL -> fields.decimalOrAll(name, !optional);
            case WHOLE_NUMBER -> fields.optionalWholeNumber(name, min, max);
            case INSTANT -> fields.optionalInstant(name);
            case DURATION -> fields.optionalDuration(name);
            case DECIMAL_LIST -> fields.optionalDecimals(name, max);
            case DECIMAL_MAP -> fields.optionalDecimalMap(name, max);
        };
    }

    /** The checks that need the value read: a {@link Positive} decimal. */
    void check(Object value) {
        if (positive && value instanceof BigDecimal decimal && decimal.signum() <= 0) {
            throw CommandRejected.invalid(name + " must be positive, got " + Decimals.format(decimal));
        }
    }
}
