package za.gov.dpsa.isdip.tenancy;

/** Whether this portal instance serves a department right now. */
public enum DepartmentStatus {
    /** Its database is reachable and its schema is what the running code needs. */
    SERVING,
    /** Its schema is behind the running code and is being migrated; its officials see a "being updated" page. */
    UPDATING,
    /** Its database server does not answer; the portal tries again every half minute. */
    UNAVAILABLE,
    /** Its migration failed or its database server is not configured; tried again later, and shown to DPSA. */
    FAILED;

    public boolean serving() {
        return this == SERVING;
    }
}
