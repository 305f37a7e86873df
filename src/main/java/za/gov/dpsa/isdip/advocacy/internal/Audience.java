package za.gov.dpsa.isdip.advocacy.internal;

/** Who a resource is written for. */
public enum Audience {
    FRONTLINE_OFFICIALS,
    SERVICE_MANAGERS,
    SENIOR_MANAGERS,
    SDI_PRACTITIONERS,
    TRAINERS,
    CITIZENS
}
