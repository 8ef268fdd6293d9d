package io.stakingledger.app.csv;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CsvTableTest {

    @Test
    void quotesCellsHoldingSeparatorsQuotesOrLineBreaks() {
        String csv = new CsvTable().row(List.of("a,b", "say \"x\"", "two\nlines", "plain")).toString();

        assertThat(csv).isEqualTo("\"a,b\",\"say \"\"x\"\"\",\"two\nlines\",plain\r\n");
    }

    @Test
    void textThatASpreadsheetWouldRunAsAFormulaIsWrittenAsText() {
        String csv = new CsvTable().row(List.of("=HYPERLINK(\"http://x\")", "+1+1", "@SUM(A1)", "-cmd", "\tx")).toString();

        assertThat(csv).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\",'+1+1,'@SUM(A1),'-cmd,'\tx\r\n");
    }

    @Test
    void signedDecimalsStayNumbers() {
        String csv = new CsvTable().row(List.of("-12.5", "+3", "0", "-0.000001")).toString();

        assertThat(csv).isEqualTo("-12.5,+3,0,-0.000001\r\n");
    }

    @Test
    void exponentsAreNotTheLedgersDecimals() {
        assertThat(CsvTable.isDecimal("1E+3")).isFalse();
        assertThat(CsvTable.isDecimal("-1.50")).isTrue();
        assertThat(CsvTable.isDecimal("")).isFalse();
    }
}
