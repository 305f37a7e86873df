package za.gov.dpsa.isdip.training.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;


/** The training dashboard's CSV defuses a course title or department name written as a formula. */
class TrainingDashboardCsvTest {

    @Test
    void aCellAFormulaCouldStartWithIsWrittenAsText() {
        ProgressRow row = new ProgressRow("dha", "@SUM(A1)", 1, "=HYPERLINK(\"http://evil.example\")", 3, 1, 1, 1,
                Instant.parse("2026-05-04T08:00:00Z"));

        String csv = new String(TrainingDashboard.csv(List.of(row), List.of("Course", "Department")),
                StandardCharsets.UTF_8);

        assertThat(csv).contains("\"'=HYPERLINK(\"\"http://evil.example\"\")\"").contains("\"'@SUM(A1)\"")
                .contains("\"2026-05-04 10:00\"");
    }
}
