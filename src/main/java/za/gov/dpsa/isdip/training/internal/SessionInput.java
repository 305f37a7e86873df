package za.gov.dpsa.isdip.training.internal;

import java.time.LocalDateTime;

/** A session as the trainer schedules it, in South African time; a venue, an online link or both. */
public record SessionInput(Long courseId, LocalDateTime startsAt, LocalDateTime endsAt, String venue,
                           String onlineLink, Integer capacity) {
}
