package za.gov.dpsa.isdip.training.internal;

/** How an official came to be enrolled. */
public enum EnrolmentSource {
    SELF, ASSIGNED
}
