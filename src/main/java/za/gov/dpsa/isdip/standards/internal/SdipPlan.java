package za.gov.dpsa.isdip.standards.internal;

import za.gov.dpsa.isdip.core.BathoPelePrinciple;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The department's Service Delivery Improvement Plan for one cycle (PSR 2016 reg. 38): key services and their
 * recipients, current and desired standard per Batho Pele principle, consultation and access arrangements, and
 * its approval by the Head of Department and Executive Authority.
 */
public record SdipPlan(long id, int startYear, int years, SdipStatus status, String consultation,
                       String accessArrangements, List<KeyService> services, String submittedBy,
                       LocalDate submittedOn, String approvedBy, LocalDate approvedOn, String updatedBy,
                       long rowVersion) {

    public String cycle() {
        return cycle(startYear, years);
    }

    /** "2025/26-2027/28" for a three-year plan starting in the 2025/26 financial year. */
    public static String cycle(int startYear, int years) {
        int last = startYear + years - 1;
        return startYear + "/" + String.format("%02d", (startYear + 1) % 100) + "-" + last + "/"
                + String.format("%02d", (last + 1) % 100);
    }

    /** Whether the plan's cycle includes the financial year starting in {@code fiscalYear}. */
    public boolean covers(int fiscalYear) {
        return fiscalYear >= startYear && fiscalYear < startYear + years;
    }

    /** A key service the plan improves. {@code coreServiceId} is one of the department's core services. */
    public record KeyService(Long coreServiceId, String name, String recipients,
                             Map<BathoPelePrinciple, PrincipleStandard> standards) {
    }

    /** Where a service stands today and where the plan takes it, for one principle. */
    public record PrincipleStandard(String current, String desired) {
    }

    /** What the official edits. */
    public record Input(Integer startYear, Integer years, String consultation, String accessArrangements,
                        List<KeyService> services) {
    }
}
