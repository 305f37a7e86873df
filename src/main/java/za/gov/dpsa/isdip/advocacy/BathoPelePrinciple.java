package za.gov.dpsa.isdip.advocacy;

/** The eight Batho Pele ("People First") principles. */
public enum BathoPelePrinciple {
    CONSULTATION,
    SERVICE_STANDARDS,
    ACCESS,
    COURTESY,
    INFORMATION,
    OPENNESS_AND_TRANSPARENCY,
    REDRESS,
    VALUE_FOR_MONEY
}
