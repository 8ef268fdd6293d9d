package io.stakingledger.app.batch;

import java.io.IOException;
import java.io.Reader;

/**
 * Lines of a batch file, each held in memory only up to a limit: a longer line is skipped to its end
 * and returned as empty text with {@link #lastWasTooLong()} set, so one oversized line costs no more
 * memory than the limit. Lines end at {@code \n}, {@code \r\n} or {@code \r}, as with
 * {@link java.io.BufferedReader#readLine()}.
 */
final class BoundedLines {

    private final Reader input;
    private final int limit;
    private final char[] buffer = new char[8192];
    private int position;
    private int filled;
    private boolean tooLong;
    private int pushedBack = -1;

    BoundedLines(Reader input, int limit) {
        this.input = input;
        this.limit = limit;
    }

    /** The next line without its terminator, or null at the end of the input. */
    String next() throws IOException {
        StringBuilder line = new StringBuilder();
        tooLong = false;
        int c = read();
        if (c < 0) {
            return null;
        }
        while (c >= 0 && c != '\n' && c != '\r') {
            if (line.length() < limit) {
                line.append((char) c);
            } else {
                tooLong = true;
            }
            c = read();
        }
        if (c == '\r') {
            int after = read();
            if (after != '\n') {
                pushedBack = after;
            }
        }
        return tooLong ? "x" : line.toString();
    }

    /** Whether the line just returned was longer than the limit (its text is then a placeholder). */
    boolean lastWasTooLong() {
        return tooLong;
    }

    private int read() throws IOException {
        if (pushedBack != -1) {
            int c = pushedBack;
            pushedBack = -1;
            return c;
        }
        if (position == filled) {
            filled = input.read(buffer, 0, buffer.length);
            position = 0;
            if (filled <= 0) {
                filled = 0;
                return -1;
            }
        }
        return buffer[position++];
    }
}
