package io.stakingledger.core.common;

/**
 * Quotes a value a user sent inside a rejection message, so the message stays short and printable
 * whatever the value: at most {@link #MAX_SHOWN} characters of it, anything outside printable ASCII
 * written as a {@code \}{@code uXXXX} escape, and an ellipsis with the full length when it was cut.
 */
public final class Quote {

    /** Characters of the value shown before it is cut. */
    public static final int MAX_SHOWN = 40;

    private Quote() {
    }

    /**
     * A name the user sent (a command type, a view): as it is when it is a plain word of at most
     * {@link #MAX_SHOWN} letters, digits, {@code .}, {@code _}, {@code :} or {@code -}; quoted as by
     * {@link #of} otherwise.
     */
    public static String word(String value) {
        if (value != null && !value.isEmpty() && value.length() <= MAX_SHOWN
                && value.chars().allMatch(c -> c < 0x80 && (Character.isLetterOrDigit(c) || ".-_:".indexOf(c) >= 0))) {
            return value;
        }
        return of(value);
    }

    /** {@code "value"} in double quotes, escaped and cut as above; {@code nothing} for null. */
    public static String of(String value) {
        if (value == null) {
            return "nothing";
        }
        StringBuilder quoted = new StringBuilder(MAX_SHOWN + 24).append('"');
        int shown = Math.min(value.length(), MAX_SHOWN);
        for (int i = 0; i < shown; i++) {
            char c = value.charAt(i);
            if (c >= 0x20 && c < 0x7f && c != '"' && c != '\\') {
                quoted.append(c);
            } else {
                quoted.append(String.format("\\u%04x", (int) c));
            }
        }
        quoted.append('"');
        if (value.length() > shown) {
            quoted.append("… (").append(value.length()).append(" characters)");
        }
        return quoted.toString();
    }
}
