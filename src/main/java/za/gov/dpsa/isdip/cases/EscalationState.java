package za.gov.dpsa.isdip.cases;

/** DPSA's part of an escalated case. */
public enum EscalationState {
    OPEN,
    DONE
}
