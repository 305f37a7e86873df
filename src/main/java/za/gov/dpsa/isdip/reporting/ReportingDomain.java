package za.gov.dpsa.isdip.reporting;

/** The ISDIP domains a report is grouped by. */
public enum ReportingDomain {
    TECHNICAL_SUPPORT,
    ALIGNMENT,
    ADVOCACY,
    CHANGE_MANAGEMENT,
    SDIP_OMF
}
