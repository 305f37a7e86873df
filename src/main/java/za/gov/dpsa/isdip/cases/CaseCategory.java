package za.gov.dpsa.isdip.cases;

/** The improvement mechanism a case concerns. */
public enum CaseCategory {
    SDIP,
    SERVICE_CHARTER,
    SERVICE_STANDARDS,
    OMF_PROCESSES_SOPS,
    COMPLAINTS_MANAGEMENT,
    BATHO_PELE,
    OTHER
}
