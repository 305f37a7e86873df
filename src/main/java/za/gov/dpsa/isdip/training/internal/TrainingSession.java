package za.gov.dpsa.isdip.training.internal;

import java.time.Instant;

/**
 * An instructor-led session as lists show it.
 *
 * @param myStatus the signed-in official's registration, or null (officials only)
 */
public record TrainingSession(long id, long courseId, String courseTitle, Instant startsAt, Instant endsAt,
                              String venue, String onlineLink, int capacity, String trainer, boolean cancelled,
                              int registered, int waitlisted, RegistrationStatus myStatus) {

    public boolean full() {
        return registered >= capacity;
    }
}
