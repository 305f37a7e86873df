package za.gov.dpsa.isdip.standards.internal;

import za.gov.dpsa.isdip.core.Mechanism;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * One version of a harmonised standard and the mechanism requirements it answers: a department answers it once,
 * and the answer counts for every mechanism listed here.
 */
public record HarmonisedStandard(long id, String code, int version, String title, String requirement,
                                 String evidenceExpected, LocalDate effectiveDate, CatalogueStatus status,
                                 List<MechanismRequirement> requirements, long rowVersion) {

    /** The mechanisms this standard serves, in a fixed order. */
    public Set<Mechanism> mechanisms() {
        Set<Mechanism> mechanisms = EnumSet.noneOf(Mechanism.class);
        requirements.forEach(r -> mechanisms.add(r.mechanism()));
        return mechanisms;
    }

    /** What a DPSA official types into the catalogue editor. */
    public record Input(String code, String title, String requirement, String evidenceExpected,
                        LocalDate effectiveDate, Set<Long> requirementIds) {
    }
}
