package za.gov.dpsa.isdip.standards.internal;

/**
 * A published standard with the department's current answer (null when not yet assessed); {@code outdated}
 * when the answer was given to an earlier version of the standard.
 */
public record StandardAnswer(HarmonisedStandard standard, Assessment answer, long openActions, boolean outdated) {
}
