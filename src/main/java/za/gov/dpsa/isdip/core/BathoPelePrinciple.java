package za.gov.dpsa.isdip.core;

/**
 * The eight Batho Pele ("People First") principles, one list for the whole portal. Labels:
 * {@code bathoPele.<NAME>} in the translations ({@link #labelKey()}).
 */
public enum BathoPelePrinciple {
    CONSULTATION,
    SERVICE_STANDARDS,
    ACCESS,
    COURTESY,
    INFORMATION,
    OPENNESS_AND_TRANSPARENCY,
    REDRESS,
    VALUE_FOR_MONEY;

    /** The translation key of the principle's name. */
    public String labelKey() {
        return "bathoPele." + name();
    }
}
