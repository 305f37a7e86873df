package za.gov.dpsa.isdip.standards;

import java.time.LocalDate;

/** A standard operating procedure of a core service, with where it stands today. */
public record Sop(long id, long serviceId, String title, String version, String evidenceLink,
                  String evidenceFileName, String approvedBy, LocalDate approvedOn, LocalDate nextReviewOn,
                  SopStatus status, long rowVersion) {

    /** A SOP as the official types it; approver and approval date together, or neither (not approved yet). */
    public record Input(String title, String version, String evidenceLink, String fileName, byte[] fileContent,
                        boolean keepEarlierFile, String approvedBy, LocalDate approvedOn, LocalDate nextReviewOn) {
    }
}
