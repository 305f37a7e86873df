package za.gov.dpsa.isdip.training.internal;

import za.gov.dpsa.isdip.core.Mechanism;

import java.util.Set;

/** A course's details as the trainer enters them; the quiz's pass mark (percent) and attempt limit (0: none). */
public record CourseInput(String title, String summary, String audience, IsdipDomain domain, Set<Mechanism> mechanisms,
                          Integer durationMinutes, Integer passMark, Integer maxAttempts) {
}
