package io.stakingledger.app.api;

import io.stakingledger.core.common.CommandRejected;
import io.stakingledger.core.common.Quote;
import jakarta.servlet.http.HttpServletRequest;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The query string of a REST call, read strictly from the raw request: percent-escapes must be valid
 * UTF-8, a parameter may appear once, at most {@link #MAX_PARAMETERS} of them, names are plain words,
 * and only the names an endpoint takes are accepted. A value is the text after {@code =}; its own grammar
 * (instant, decimal) is checked by whoever reads it, so {@code ?at=} is an empty, invalid instant rather
 * than no instant.
 */
public final class Query {

    public static final int MAX_PARAMETERS = 16;

    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9]{0,31}");

    private Query() {
    }

    /** The parameters of {@code request}, refusing any name not in {@code allowed}. */
    public static Map<String, String> of(HttpServletRequest request, Set<String> allowed) {
        Map<String, String> parameters = parse(request.getQueryString());
        for (String name : parameters.keySet()) {
            if (!allowed.contains(name)) {
                throw CommandRejected.invalid("unknown parameter " + Quote.of(name)
                        + (allowed.isEmpty() ? "; this endpoint takes none" : "; this endpoint takes "
                        + String.join(", ", new TreeSet<>(allowed))));
            }
        }
        return parameters;
    }

    /** The parameters of a raw query string (null: none), names checked but not restricted. */
    public static Map<String, String> parse(String raw) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return parameters;
        }
        for (String pair : raw.split("&", -1)) {
            if (pair.isEmpty()) {
                continue;
            }
            if (parameters.size() == MAX_PARAMETERS) {
                throw CommandRejected.invalid("at most " + MAX_PARAMETERS + " query parameters are accepted");
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            if (!NAME.matcher(name).matches()) {
                throw CommandRejected.invalid("query parameter name " + Quote.of(name) + " is not a parameter name");
            }
            if (parameters.putIfAbsent(name, value) != null) {
                throw CommandRejected.invalid("query parameter " + name + " is given more than once");
            }
        }
        return parameters;
    }

    private static String decode(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%') {
                if (i + 2 >= text.length() || hex(text.charAt(i + 1)) < 0 || hex(text.charAt(i + 2)) < 0) {
                    throw CommandRejected.invalid("the query string has a malformed %-escape");
                }
                bytes.write(hex(text.charAt(i + 1)) * 16 + hex(text.charAt(i + 2)));
                i += 2;
            } else if (c == '+') {
                bytes.write(' ');
            } else if (c < 0x80) {
                bytes.write(c);
            } else {
                throw CommandRejected.invalid("the query string must be ASCII with %-escapes");
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            throw CommandRejected.invalid("the query string's %-escapes are not UTF-8");
        }
    }

    private static int hex(char c) {
        return Character.digit(c, 16) >= 0 && c < 0x80 ? Character.digit(c, 16) : -1;
    }
}
