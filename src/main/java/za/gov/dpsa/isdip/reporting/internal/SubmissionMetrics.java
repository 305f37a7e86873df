package za.gov.dpsa.isdip.reporting.internal;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Component;

/**
 * The counter {@code isdip.report.submissions} for operators, by department and outcome: {@code submitted} (a
 * period's first version), {@code resubmitted} (a version after DPSA returned the report), {@code refused} (the
 * figures break a rule of high importance: the officer's to correct) or {@code failed} (an error; nothing was
 * stored). A repeated click that returns the version already stored counts nothing.
 */
@Component
class SubmissionMetrics {

    static final String METER = "isdip.report.submissions";

    private final MeterRegistry registry;

    SubmissionMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void stored(String departmentId, int version) {
        count(departmentId, version == 1 ? "submitted" : "resubmitted");
    }

    void refused(String departmentId) {
        count(departmentId, "refused");
    }

    void failed(String departmentId) {
        count(departmentId, "failed");
    }

    private void count(String departmentId, String outcome) {
        Counter.builder(METER)
                .description("Report submissions by department and outcome")
                .tag("department", departmentId)
                .tag("outcome", outcome)
                .register(registry)
                .increment();
    }
}
