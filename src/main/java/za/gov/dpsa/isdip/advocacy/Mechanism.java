package za.gov.dpsa.isdip.advocacy;

/** The service delivery improvement mechanisms a resource promotes. */
public enum Mechanism {
    BATHO_PELE,
    SDIP,
    SERVICE_CHARTER,
    SERVICE_STANDARDS,
    OMF,
    BPM_SOPS,
    COMPLAINTS_MANAGEMENT
}
