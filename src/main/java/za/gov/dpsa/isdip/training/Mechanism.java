package za.gov.dpsa.isdip.training;

/** The service delivery improvement mechanisms a course can be tagged with. */
public enum Mechanism {
    BATHO_PELE, SDIP, SERVICE_CHARTER, SERVICE_STANDARDS, OMF, BUSINESS_PROCESS_MAPPING, SOPS, COMPLAINTS_MANAGEMENT
}
