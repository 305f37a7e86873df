package za.gov.dpsa.isdip.standards.internal;

/** Approval of an SDIP: drafted, submitted to the Head of Department and Executive Authority, approved. */
public enum SdipStatus {
    DRAFT,
    SUBMITTED,
    APPROVED
}
