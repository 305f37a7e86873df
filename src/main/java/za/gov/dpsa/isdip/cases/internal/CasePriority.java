package za.gov.dpsa.isdip.cases.internal;

/** How urgent a case is; sets its response and resolution targets. */
public enum CasePriority {
    LOW,
    MEDIUM,
    HIGH,
    CRITICAL
}
