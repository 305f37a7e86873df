package za.gov.dpsa.isdip.standards.internal;

import za.gov.dpsa.isdip.core.BathoPelePrinciple;
import za.gov.dpsa.isdip.core.Mechanism;

import java.time.LocalDate;

/** One demand of one mechanism, as DPSA's catalogue states it. */
public record MechanismRequirement(long id, String code, String title, String requirement, Mechanism mechanism,
                                   String regulationRef, BathoPelePrinciple principle, String evidenceExpected, int version,
                                   LocalDate effectiveDate, CatalogueStatus status, long rowVersion) {

    /** What a DPSA official types into the catalogue editor. */
    public record Input(String code, String title, String requirement, Mechanism mechanism, String regulationRef,
                        BathoPelePrinciple principle, String evidenceExpected, Integer version, LocalDate effectiveDate) {
    }
}
