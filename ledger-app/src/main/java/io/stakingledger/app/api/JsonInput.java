package io.stakingledger.app.api;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stakingledger.core.common.CommandRejected;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads one JSON object of input (a REST body, a batch line) strictly: UTF-8 only, one object and
 * nothing after it, no duplicate field names, no comments, no NaN, at most {@link #MAX_DEPTH} levels of
 * nesting, numbers of at most {@link #MAX_NUMBER_LENGTH} characters, field names of at most
 * {@link #MAX_NAME_LENGTH}. Failures are rejections in user terms (where in the text, what is wrong),
 * never the parser's own wording.
 */
public final class JsonInput {

    public static final int MAX_DEPTH = 8;
    public static final int MAX_NUMBER_LENGTH = 64;
    public static final int MAX_NAME_LENGTH = 64;

    private static final ObjectMapper STRICT = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(MAX_DEPTH)
                            .maxNumberLength(MAX_NUMBER_LENGTH)
                            .maxNameLength(MAX_NAME_LENGTH)
                            .maxStringLength(RequestLimits.DEFAULT_MAX_BODY_BYTES)
                            .build())
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .build())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private JsonInput() {
    }

    /** A fresh empty object. */
    public static ObjectNode emptyObject() {
        return JsonNodeFactory.instance.objectNode();
    }

    /**
     * Reads a REST body: UTF-8 bytes holding one JSON object. No bytes (or only blanks) is an empty object.
     *
     * @throws CommandRejected (invalid input) when the bytes are not UTF-8 or not one JSON object
     */
    public static ObjectNode body(byte[] utf8) {
        if (utf8 == null || utf8.length == 0) {
            return emptyObject();
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(utf8)).toString();
        } catch (CharacterCodingException e) {
            throw CommandRejected.invalid("the body is not valid UTF-8 text");
        }
        return text.isBlank() ? emptyObject() : object(text, "the body");
    }

    /**
     * Reads one JSON object from {@code text}.
     *
     * @param what what the text is, for the rejection ("the body", "a line")
     */
    public static ObjectNode object(String text, String what) {
        JsonNode node;
        try (JsonParser parser = STRICT.createParser(text)) {
            node = STRICT.readTree(parser);
            if (node != null && parser.nextToken() != null) {
                throw CommandRejected.invalid("malformed JSON" + at(parser.currentTokenLocation())
                        + ": nothing may follow the JSON object");
            }
        } catch (StreamConstraintsException e) {
            throw CommandRejected.invalid("malformed JSON: " + what + " nests deeper than " + MAX_DEPTH
                    + " levels, or holds a number longer than " + MAX_NUMBER_LENGTH + " characters or a field name longer "
                    + "than " + MAX_NAME_LENGTH);
        } catch (JsonProcessingException e) {
            throw CommandRejected.invalid("malformed JSON" + at(e.getLocation()) + ": " + problem(e));
        } catch (IOException e) {
            throw CommandRejected.invalid("malformed JSON: " + what + " cannot be read");
        }
        if (!(node instanceof ObjectNode object)) {
            throw CommandRejected.invalid(what + " must be one JSON object ({...})");
        }
        return object;
    }

    private static String at(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    /** What is wrong, in our words; the parser's message is only inspected, never passed on. */
    private static String problem(JsonProcessingException e) {
        String message = String.valueOf(e.getOriginalMessage());
        if (message.startsWith("Duplicate field")) {
            return "a field appears twice";
        }
        if (message.contains("end-of-input") || message.contains("end of input")) {
            return "the text ends before the JSON is complete";
        }
        if (message.contains("control character") || message.contains("CTRL-CHAR")) {
            return "a control character must be escaped inside a string";
        }
        return "not valid JSON (quote field names and text, separate fields with commas, no trailing commas)";
    }
}
