package za.gov.dpsa.isdip.cases.internal;

/** DPSA's part of an escalated case. */
public enum EscalationState {
    OPEN,
    DONE
}
