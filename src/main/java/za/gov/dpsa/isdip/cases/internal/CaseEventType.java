package za.gov.dpsa.isdip.cases.internal;

/** Kinds of timeline entries. */
public enum CaseEventType {
    CREATED,
    COMMENT,
    STATUS,
    ASSIGNMENT,
    ATTACHMENT,
    ESCALATED,
    DPSA_REPLY,
    DPSA_ASSIGNED,
    DPSA_DONE
}
