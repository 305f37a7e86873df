package za.gov.dpsa.isdip.standards;

/** The improvement mechanisms whose demands the catalogue harmonises, with where each comes from. */
public enum Mechanism {
    /** Operations Management Framework, Public Service Regulations 2016, regulation 36. */
    OMF,
    /** Service charter, regulation 37. */
    SERVICE_CHARTER,
    /** Service Delivery Improvement Plan, regulation 38. */
    SDIP,
    /** The eight Batho Pele principles. */
    BATHO_PELE,
    /** DPSA's citizen complaints and compliments management framework (2013). */
    COMPLAINTS
}
