package za.gov.dpsa.isdip.advocacy.internal;

/** The kinds of campaign activity departments hold. */
public enum ActivityType {
    IMBIZO,
    SERVICE_POINT_VISIT,
    WORKSHOP,
    AWARENESS_DRIVE,
    OPEN_DAY,
    RECOGNITION,
    OTHER
}
