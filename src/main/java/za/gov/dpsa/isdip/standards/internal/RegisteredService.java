package za.gov.dpsa.isdip.standards.internal;

import java.time.LocalDate;
import java.util.List;

/**
 * A core service in the department's register with its business process map and SOPs, as of today.
 * {@code covered} is what the report counts: an approved map and at least one approved SOP within its review date.
 */
public record RegisteredService(long id, String name, String recipients, LocalDate retiredOn,
                                ProcessMapStatus mapStatus, String mapEvidenceLink, String mapEvidenceFileName,
                                String mapApprovedBy, LocalDate mapApprovedOn, SopStatus sopStatus, List<Sop> sops,
                                boolean covered, long rowVersion) {

    public boolean retired() {
        return retiredOn != null;
    }

    /** A service as the official types it. */
    public record Input(String name, String recipients) {
    }

    /** The process map as the official records it; a new file replaces the earlier one unless it is kept. */
    public record MapInput(ProcessMapStatus status, String evidenceLink, String fileName, byte[] fileContent,
                           boolean keepEarlierFile, String approvedBy, LocalDate approvedOn) {
    }
}
