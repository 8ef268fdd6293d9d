package io.stakingledger.app.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stakingledger.core.common.CommandRejected;
import io.stakingledger.core.common.DecimalText;
import io.stakingledger.core.common.Decimals;
import io.stakingledger.core.common.InstantText;
import io.stakingledger.core.common.Inputs;
import io.stakingledger.core.common.Quote;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The strict reader of one JSON object of input: a command's fields, a pool's {@code params}. A request
 * first names every field it takes ({@link #allow}), so an unknown field is refused before anything
 * else; then each field is read with the grammar of its kind (decimal, identifier, instant, duration,
 * text). A missing required field and a {@code null} one are the same: "x is required". Every value read
 * is also written, normalized, into {@link #canonical()}, from which the API fingerprints a command.
 */
public final class Fields {

    /** Longest free text (a term, a program id). */
    public static final int MAX_TEXT_LENGTH = 64;

    private final ObjectNode node;
    private final String context;
    private final SortedMap<String, String> canonical;
    private final String prefix;

    private Fields(ObjectNode node, String context, SortedMap<String, String> canonical, String prefix) {
        this.node = node;
        this.context = context;
        this.canonical = canonical;
        this.prefix = prefix;
    }

    /**
     * The fields of {@code node}: a JSON object, or nothing (then every field is absent).
     *
     * @param context prefixed to every rejection, e.g. {@code "params: "}; may be empty
     */
    public static Fields of(JsonNode node, String context) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return new Fields(JsonInput.emptyObject(), context, new TreeMap<>(), "");
        }
        if (!(node instanceof ObjectNode object)) {
            throw CommandRejected.invalid(context + "the fields must be a JSON object");
        }
        return new Fields(object, context, new TreeMap<>(), "");
    }

    /** Refuses any field not in {@code names}; call first, before reading any value. */
    public Fields allow(String... names) {
        Set<String> allowed = Set.of(names);
        Iterator<String> present = node.fieldNames();
        while (present.hasNext()) {
            String name = present.next();
            if (!allowed.contains(name)) {
                throw invalid(name.equals("pool") || name.equals("type")
                        ? "field " + Quote.of(name) + " does not belong among the fields: the pool and the command "
                        + "type are named by the request itself (the URL, or the batch line)"
                        : "unknown field " + Quote.of(name));
            }
        }
        return this;
    }

    /** Every value read so far, normalized, by its path ({@code amount}, {@code params.epochs}). */
    public SortedMap<String, String> canonical() {
        return canonical;
    }

    public boolean has(String name) {
        JsonNode value = node.get(name);
        return value != null && !value.isNull();
    }

    // ---- identifiers and text ------------------------------------------------------------------

    /** A required identifier (pool, account, asset, target). */
    public String identifier(String name) {
        return record(name, identifierOrNull(name, true));
    }

    /** An optional identifier: null when absent or null. */
    public String optionalIdentifier(String name) {
        return record(name, identifierOrNull(name, false));
    }

    private String identifierOrNull(String name, boolean required) {
        JsonNode value = value(name, required);
        if (value == null) {
            return null;
        }
        return guard(() -> Inputs.identifier(name, string(name, value, "an identifier")));
    }

    /** The optional {@code commandId}. */
    public String commandId() {
        return optionalIdentifier("commandId");
    }

    /** Required text of at most {@link #MAX_TEXT_LENGTH} printable ASCII characters (a term code, a program id). */
    public String text(String name) {
        JsonNode value = value(name, true);
        String text = string(name, value, "text");
        if (text.isEmpty() || text.length() > MAX_TEXT_LENGTH || !text.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw invalid("field " + name + ": " + Quote.of(text) + " must be 1 to " + MAX_TEXT_LENGTH
                    + " printable ASCII characters without spaces");
        }
        return record(name, text);
    }

    // ---- numbers -------------------------------------------------------------------------------

    /** A required decimal (a JSON string or number in the grammar of {@link DecimalText}). */
    public BigDecimal decimal(String name) {
        BigDecimal value = decimalOrNull(name, true);
        record(name, Decimals.format(value));
        return value;
    }

    /** An optional decimal: null when absent or null. */
    public BigDecimal optionalDecimal(String name) {
        BigDecimal value = decimalOrNull(name, false);
        record(name, value == null ? null : Decimals.format(value));
        return value;
    }

    /**
     * A decimal or the word {@code "all"} (returned as null).
     *
     * @param required when false an absent field also means {@code all}
     */
    public BigDecimal decimalOrAll(String name, boolean required) {
        JsonNode value = node.get(name);
        if ((value == null || value.isNull()) && !required) {
            return null;
        }
        if (value != null && value.isTextual() && value.textValue().equals("all")) {
            record(name, "all");
            return null;
        }
        if (value == null || value.isNull()) {
            throw invalid(name + " is required: a decimal or \"all\"");
        }
        return decimal(name);
    }

    /** An optional whole number between {@code min} and {@code max}, written like a decimal. */
    public Integer optionalWholeNumber(String name, int min, int max) {
        JsonNode value = value(name, false);
        if (value == null) {
            return null;
        }
        int number = guard(() -> DecimalText.wholeNumber(name, numberText(name, value), min, max));
        record(name, Integer.toString(number));
        return number;
    }

    private BigDecimal decimalOrNull(String name, boolean required) {
        JsonNode value = value(name, required);
        if (value == null) {
            return null;
        }
        return guard(() -> DecimalText.parse(name, numberText(name, value)));
    }

    /** The text of a decimal: a JSON string as sent, or a JSON number as the parser read it. */
    private String numberText(String name, JsonNode value) {
        if (value.isTextual()) {
            return value.textValue();
        }
        if (value.isNumber()) {
            return value.isBigDecimal() || value.isFloatingPointNumber() ? value.decimalValue().toString() : value.asText();
        }
        throw invalid("field " + name + ": must be a decimal number, as a string (\"12.5\") or a JSON number");
    }

    // ---- time ----------------------------------------------------------------------------------

    /**
     * Business time {@code at}: null only when the field is absent. Present, it must be an instant;
     * {@code null}, {@code ""} or blanks are refused rather than taken as "now".
     */
    public Instant at() {
        JsonNode value = node.get("at");
        if (value == null) {
            return null;
        }
        if (value.isNull()) {
            throw invalid("field at: null is not an instant; leave at out to use the server's clock");
        }
        Instant at = guard(() -> InstantText.parse("at", string("at", value, "an instant")));
        record("at", at.toString());
        return at;
    }

    /** An optional instant other than {@code at}: null when absent or null. */
    public Instant optionalInstant(String name) {
        JsonNode value = value(name, false);
        if (value == null) {
            return null;
        }
        Instant instant = guard(() -> InstantText.parse(name, string(name, value, "an instant")));
        record(name, instant.toString());
        return instant;
    }

    /** An optional duration ({@code P7D}, {@code PT72H}): null when absent or null. */
    public Duration optionalDuration(String name) {
        JsonNode value = value(name, false);
        if (value == null) {
            return null;
        }
        Duration duration = guard(() -> InstantText.duration(name, string(name, value, "an ISO-8601 duration")));
        record(name, duration.toString());
        return duration;
    }

    // ---- nested --------------------------------------------------------------------------------

    /** A nested object (e.g. {@code params}): its fields, recorded under {@code name.}; absent is empty. */
    public Fields object(String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return new Fields(JsonInput.emptyObject(), context + name + ": ", canonical, prefix + name + ".");
        }
        if (!(value instanceof ObjectNode object)) {
            throw invalid("field " + name + ": must be a JSON object");
        }
        return new Fields(object, context + name + ": ", canonical, prefix + name + ".");
    }

    /** An optional list of decimals of at most {@code maxSize} entries: null when absent or null. */
    public List<BigDecimal> optionalDecimals(String name, int maxSize) {
        JsonNode value = value(name, false);
        if (value == null) {
            return null;
        }
        if (!value.isArray()) {
            throw invalid("field " + name + ": must be a JSON list of decimals");
        }
        if (value.size() > maxSize) {
            throw invalid("field " + name + ": at most " + maxSize + " entries, got " + value.size());
        }
        List<BigDecimal> list = new ArrayList<>(value.size());
        for (int i = 0; i < value.size(); i++) {
            String label = name + "[" + i + "]";
            JsonNode entry = value.get(i);
            BigDecimal decimal = guard(() -> DecimalText.parse(label, numberText(label, entry)));
            record(label, Decimals.format(decimal));
            list.add(decimal);
        }
        return list;
    }

    /** An optional object of text keys to decimals, in the order given: null when absent or null. */
    public Map<String, BigDecimal> optionalDecimalMap(String name, int maxSize) {
        JsonNode value = value(name, false);
        if (value == null) {
            return null;
        }
        if (!(value instanceof ObjectNode object)) {
            throw invalid("field " + name + ": must be a JSON object of decimals");
        }
        if (object.size() > maxSize) {
            throw invalid("field " + name + ": at most " + maxSize + " entries, got " + object.size());
        }
        Map<String, BigDecimal> map = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> entries = object.fields();
        while (entries.hasNext()) {
            Map.Entry<String, JsonNode> entry = entries.next();
            String key = entry.getKey();
            if (key.isEmpty() || key.length() > MAX_TEXT_LENGTH || !key.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
                throw invalid("field " + name + ": " + Quote.of(key) + " is not a valid key");
            }
            String label = name + "." + key;
            BigDecimal decimal = guard(() -> DecimalText.parse(label, numberText(label, entry.getValue())));
            record(label, Decimals.format(decimal));
            map.put(key, decimal);
        }
        return map;
    }

    // ---- plumbing ------------------------------------------------------------------------------

    /** The field's node, or null when absent or null; a required one must be there. */
    private JsonNode value(String name, boolean required) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            if (required) {
                throw invalid(name + " is required");
            }
            return null;
        }
        return value;
    }

    private String string(String name, JsonNode value, String what) {
        if (!value.isTextual()) {
            throw invalid("field " + name + ": must be " + what + " written as a JSON string");
        }
        return value.textValue();
    }

    private <T> T record(String name, T value) {
        if (value != null) {
            canonical.put(prefix + name, value.toString());
        }
        return value;
    }

    /** Runs a core reader, prefixing its rejection with this object's context. */
    private <T> T guard(java.util.function.Supplier<T> read) {
        try {
            return read.get();
        } catch (CommandRejected rejected) {
            throw context.isEmpty() ? rejected : invalid(rejected.getMessage());
        }
    }

    private CommandRejected invalid(String message) {
        return CommandRejected.invalid(context + message);
    }
}
