package za.gov.dpsa.isdip.standards;

/** The eight Batho Pele ("People First") principles. */
public enum BathoPele {
    CONSULTATION,
    SERVICE_STANDARDS,
    ACCESS,
    COURTESY,
    INFORMATION,
    OPENNESS_AND_TRANSPARENCY,
    REDRESS,
    VALUE_FOR_MONEY
}
