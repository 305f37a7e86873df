package za.gov.dpsa.isdip.standards;

/** Approval of an SDIP: drafted, submitted to the Head of Department and Executive Authority, approved. */
public enum SdipStatus {
    DRAFT,
    SUBMITTED,
    APPROVED
}
