package za.gov.dpsa.isdip.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;


/** Formula injection: what every CSV export writes for text a spreadsheet would otherwise run. */
class SpreadsheetCellsTest {

    @Test
    void everyFormulaStartIsDefusedWithAnApostrophe() {
        for (String attack : new String[] {"=HYPERLINK(\"http://evil.example\",\"Open\")", "+cmd|' /C calc'!A0",
            "-2+3+cmd|' /C calc'!A0", "@SUM(1+1)*cmd|' /C calc'!A0", "\t=1+1", "\r=1+1", "＝1+1", "－1+1"}) {
            assertThat(SpreadsheetCells.guard(attack)).as(attack).isEqualTo("'" + attack);
        }
    }

    @Test
    void numbersAndOrdinaryTextStayAsTheyAre() {
        assertThat(SpreadsheetCells.guard("-12.5")).isEqualTo("-12.5");
        assertThat(SpreadsheetCells.guard("0")).isEqualTo("0");
        assertThat(SpreadsheetCells.guard("Queue times at Bellville")).isEqualTo("Queue times at Bellville");
        assertThat(SpreadsheetCells.guard(null)).isEmpty();
        assertThat(SpreadsheetCells.quoted("Say \"hello\"")).isEqualTo("\"Say \"\"hello\"\"\"");
        assertThat(SpreadsheetCells.quoted("=1+1")).isEqualTo("\"'=1+1\"");
    }
}
