package za.gov.dpsa.isdip.standards.internal;

import java.time.LocalDate;

/**
 * A standard operating procedure of a core service, with where it stands today; a withdrawn one (superseded or no
 * longer used) carries the date and reason of its withdrawal and is kept for the record.
 */
public record Sop(long id, long serviceId, String title, String version, String evidenceLink,
                  String evidenceFileName, String approvedBy, LocalDate approvedOn, LocalDate nextReviewOn,
                  SopStatus status, LocalDate withdrawnOn, String withdrawnReason, long rowVersion) {

    /** The longest withdrawal reason kept. */
    public static final int MAX_WITHDRAWN_REASON = 300;

    public boolean withdrawn() {
        return withdrawnOn != null;
    }

    /** A SOP as the official types it; approver and approval date together, or neither (not approved yet). */
    public record Input(String title, String version, String evidenceLink, String fileName, byte[] fileContent,
                        boolean keepEarlierFile, String approvedBy, LocalDate approvedOn, LocalDate nextReviewOn) {
    }
}
