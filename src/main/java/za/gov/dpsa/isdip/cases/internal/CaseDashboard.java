package za.gov.dpsa.isdip.cases.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The case figures of the home dashboard. */
public record CaseDashboard(Map<CaseStatus, Long> byStatus, long breachedOpen, Double averageResolutionDays,
                            List<Week> trend) {

    /** Cases opened and resolved in the week starting on Monday {@code start}. */
    public record Week(LocalDate start, long opened, long resolved) {
    }

    public long open() {
        return byStatus.entrySet().stream().filter(e -> e.getKey().isOpen()).mapToLong(Map.Entry::getValue).sum();
    }
}
