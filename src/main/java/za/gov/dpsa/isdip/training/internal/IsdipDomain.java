package za.gov.dpsa.isdip.training.internal;

/** The ISDIP domain a course belongs to. */
public enum IsdipDomain {
    TECHNICAL_SUPPORT, ADVOCACY, ALIGNMENT, REPORTING, CHANGE_MANAGEMENT
}
