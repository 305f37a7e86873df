package za.gov.dpsa.isdip.advocacy.internal;

/** What sort of resource it is. */
public enum ResourceKind {
    GUIDE,
    TOOLKIT,
    TEMPLATE,
    CASE_STUDY,
    VIDEO
}
