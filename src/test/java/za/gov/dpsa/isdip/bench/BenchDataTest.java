package za.gov.dpsa.isdip.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The benchmarks' shared rules, checked in the normal suite: no percentile from few samples, no quiet miss. */
class BenchDataTest {

    /** 1 ms, 2 ms, ... {@code count} ms. */
    private static long[] millisUpTo(int count) {
        return LongStream.rangeClosed(1, count).map(ms -> ms * 1_000_000).toArray();
    }

    @Test
    void aPercentileNeedsAHundredTimedSamplesAfterAWarmUp() {
        assertThatThrownBy(() -> new BenchData.Timing(10, millisUpTo(99)))
                .hasMessageContaining("at least 100 timed samples; got 99");
        assertThatThrownBy(() -> new BenchData.Timing(0, millisUpTo(100)))
                .hasMessageContaining("warm-up");

        BenchData.Timing timing = new BenchData.Timing(10, millisUpTo(100));
        assertThat(timing.median()).isEqualTo(50.0);
        assertThat(timing.p95()).isEqualTo(95.0);
        assertThat(timing.max()).isEqualTo(100.0);
        assertThat(timing.basis()).startsWith("100 timed after 10 warm-up; load ");
    }

    @Test
    void aReportFailsOnceWithEveryMissedGoalAfterItIsWritten() throws Exception {
        // No database behind it: the report prints "?" for the server's version.
        BenchData.Report report = new BenchData.Report("BenchDataTest",
                new DriverManagerDataSource("jdbc:none:"));
        BenchData.Timing timing = new BenchData.Timing(10, millisUpTo(100));
        report.verdict("met figure", timing, 95.0);
        report.verdict("first missed figure", timing, 90.0);
        report.verdict("second missed figure", timing, 50.0);
        Path file = Path.of("target", "bench", "BenchDataTest.txt");
        try {
            assertThatThrownBy(report::finish)
                    .hasMessageContaining("first missed figure: p95 95.00 ms against its goal of 90 ms")
                    .hasMessageContaining("second missed figure: p95 95.00 ms against its goal of 50 ms")
                    .hasMessageNotContaining("met figure:");
            assertThat(Files.readString(file)).contains("goals: 3 checked, 2 NOT MET");
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
