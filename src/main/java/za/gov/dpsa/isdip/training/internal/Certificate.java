package za.gov.dpsa.isdip.training.internal;

import java.time.LocalDate;

/** A certificate: who, which course, when; and the code anyone can verify it with. */
public record Certificate(String holderName, String courseTitle, LocalDate completedOn, String code) {
}
