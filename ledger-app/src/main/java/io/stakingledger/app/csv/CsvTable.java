package io.stakingledger.app.csv;

import java.math.BigDecimal;
import java.util.List;

/**
 * Rows of an RFC 4180 CSV (comma separated, CRLF line ends, a cell quoted when it holds a comma, a quote or a
 * line break) as the statements and period reports write them for accounting tools.
 *
 * <p>Spreadsheets run a cell that starts with {@code = + - @}, a tab or a carriage return as a formula, so text
 * reaching a CSV from a caller (an actor's name, a key id) could act in the auditor's spreadsheet. Such a cell
 * is written with a leading apostrophe, the convention spreadsheets read as "this is text". A number such as
 * {@code -12.5} is left as it is: it is what the column means and no spreadsheet runs it.
 */
public final class CsvTable {

    private final StringBuilder text = new StringBuilder();

    public CsvTable row(List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                text.append(',');
            }
            text.append(cell(cells.get(i)));
        }
        text.append("\r\n");
        return this;
    }

    @Override
    public String toString() {
        return text.toString();
    }

    static String cell(String value) {
        String safe = startsLikeFormula(value) && !isDecimal(value) ? "'" + value : value;
        boolean quote = safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0
                || safe.indexOf('\r') >= 0;
        return quote ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
    }

    private static boolean startsLikeFormula(String value) {
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0;
    }

    /** True for the plain decimals the ledger writes (digits, an optional sign and point; no exponent). */
    public static boolean isDecimal(String value) {
        if (value.isEmpty() || value.indexOf('e') >= 0 || value.indexOf('E') >= 0) {
            return false;
        }
        try {
            new BigDecimal(value);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
