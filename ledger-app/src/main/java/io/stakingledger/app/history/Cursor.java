package io.stakingledger.app.history;

import io.stakingledger.core.common.CommandRejected;
import io.stakingledger.core.common.Quote;

/**
 * A cursor or a count as a REST parameter or a command-line argument: plain ASCII digits, no sign, no
 * blanks, no hex or other notation ({@code 0x10} is not 16), at most {@code max}.
 */
final class Cursor {

    private Cursor() {
    }

    static long parse(String name, String text, long max) {
        if (text == null || text.isEmpty() || text.length() > 19 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw CommandRejected.invalid(name + " must be a whole number written in digits, got " + Quote.of(text));
        }
        long value;
        try {
            value = Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw CommandRejected.invalid(name + " must be at most " + max + ", got " + Quote.of(text));
        }
        if (value > max) {
            throw CommandRejected.invalid(name + " must be at most " + max + ", got " + text);
        }
        return value;
    }
}
