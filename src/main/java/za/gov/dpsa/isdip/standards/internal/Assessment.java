package za.gov.dpsa.isdip.standards.internal;

import java.time.LocalDate;

/** A department's answer to a harmonised standard, with the version it answered and who answered. */
public record Assessment(long id, String standardCode, int standardVersion, String standardTitle, Rating rating,
                         String evidenceText, String evidenceLink, Long evidenceFileId, String evidenceFileName,
                         String assessor, String assessorName, LocalDate assessedOn, boolean current) {
}
