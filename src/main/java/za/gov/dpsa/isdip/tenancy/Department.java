package za.gov.dpsa.isdip.tenancy;

import java.time.Instant;

/**
 * A national or provincial department: one tenant of the portal, with its own database.
 *
 * @param id         stable identifier, also the tenant identifier (lower case, digits and hyphens)
 * @param province   null for a national department
 * @param databaseServer the name of the database server holding its database (an address only in configuration)
 */
public record Department(String id, String name, String shortCode, Sphere sphere, Province province,
                         boolean active, Instant onboardedAt, String databaseServer) {

    /** The identifier of DPSA's own department, which also operates the platform. */
    public static final String DPSA_ID = "dpsa";

    public boolean isDpsa() {
        return DPSA_ID.equals(id);
    }
}
