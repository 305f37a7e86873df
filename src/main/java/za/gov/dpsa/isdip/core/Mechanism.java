package za.gov.dpsa.isdip.core;

import java.util.Arrays;
import java.util.List;

/**
 * The service delivery improvement mechanisms ISDIP integrates: one list for the whole portal, so a course, an
 * advocacy resource, a harmonised standard's requirement and a case about the same mechanism can be counted
 * together. Labels: {@code mechanism.<NAME>} in the translations ({@link #labelKey()}).
 */
public enum Mechanism {
    /** The eight Batho Pele ("People First") principles. */
    BATHO_PELE,
    /** Service Delivery Improvement Plan, Public Service Regulations 2016, regulation 38. */
    SDIP,
    /** Service charter, regulation 37. */
    SERVICE_CHARTER,
    /** Service standards for every service (regulation 36(d)). */
    SERVICE_STANDARDS,
    /** Operations Management Framework, regulation 36. */
    OMF,
    /** Mapped business processes (regulation 36(c)). */
    BUSINESS_PROCESS_MAPPING,
    /** Standard operating procedures for every service (regulation 36(c)). */
    SOPS,
    /** DPSA's citizen complaints and compliments management framework (2013). */
    COMPLAINTS_MANAGEMENT,
    /**
     * None of the mechanisms: a case may concern something else. Never offered where a mechanism must be named
     * ({@link #named()}).
     */
    OTHER;

    private static final List<Mechanism> NAMED = Arrays.stream(values()).filter(m -> m != OTHER).toList();

    /** The mechanisms proper, without {@link #OTHER}, in the order the portal lists them. */
    public static List<Mechanism> named() {
        return NAMED;
    }

    /** The translation key of the mechanism's name. */
    public String labelKey() {
        return "mechanism." + name();
    }
}
