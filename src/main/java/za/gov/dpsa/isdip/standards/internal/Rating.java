package za.gov.dpsa.isdip.standards.internal;

/** A department's answer to one harmonised standard, best first (the order counts where answers combine). */
public enum Rating {
    COMPLIANT,
    PARTIALLY,
    NOT_COMPLIANT,
    NOT_APPLICABLE;

    /** A gap: the department must plan how to close it. */
    public boolean isGap() {
        return this == PARTIALLY || this == NOT_COMPLIANT;
    }
}
