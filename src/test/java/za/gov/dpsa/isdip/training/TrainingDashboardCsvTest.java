package za.gov.dpsa.isdip.training;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The training dashboard's CSV defuses a course title or department name written as a formula. */
class TrainingDashboardCsvTest {

    @Test
    void aCellAFormulaCouldStartWithIsWrittenAsText() {
        assertThat(TrainingDashboard.cell("=HYPERLINK(\"http://evil.example\")"))
                .isEqualTo("\"'=HYPERLINK(\"\"http://evil.example\"\")\"");
        assertThat(TrainingDashboard.cell("@SUM(A1)")).isEqualTo("\"'@SUM(A1)\"");
        assertThat(TrainingDashboard.cell("Batho Pele basics")).isEqualTo("\"Batho Pele basics\"");
    }
}
