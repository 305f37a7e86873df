package za.gov.dpsa.isdip.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;


/** Formula injection: what every CSV export writes for text a spreadsheet would otherwise run. */
class CsvCellGuardTest {

    @Test
    void everyFormulaStartIsDefusedWithAnApostrophe() {
        for (String attack : new String[] {"=HYPERLINK(\"http://evil.example\",\"Open\")", "+cmd|' /C calc'!A0",
            "-2+3+cmd|' /C calc'!A0", "@SUM(1+1)*cmd|' /C calc'!A0", "\t=1+1", "\r=1+1", "＝1+1", "－1+1"}) {
            assertThat(Csv.guard(attack)).as(attack).isEqualTo("'" + attack);
        }
    }

    @Test
    void numbersAndOrdinaryTextStayAsTheyAre() {
        assertThat(Csv.guard("-12.5")).isEqualTo("-12.5");
        assertThat(Csv.guard("0")).isEqualTo("0");
        assertThat(Csv.guard("Queue times at Bellville")).isEqualTo("Queue times at Bellville");
        assertThat(Csv.guard(null)).isEmpty();
        assertThat(Csv.quoted("Say \"hello\"")).isEqualTo("\"Say \"\"hello\"\"\"");
        assertThat(Csv.quoted("=1+1")).isEqualTo("\"'=1+1\"");
    }
}
